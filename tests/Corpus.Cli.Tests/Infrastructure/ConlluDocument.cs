using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>
/// One <c># newdoc</c> of a CoNLL-U export, read back: its tokens with their
/// <c>TokenRange</c>, its sentences with their <c># text</c>, and the spans that the BIO
/// tags of a MISC layer (<c>Entity=</c>, <c>Quote=</c>) describe.
/// </summary>
internal sealed class ConlluDocument
{
    private ConlluDocument(string id) => Id = id;

    public string Id { get; }

    public List<Token> Tokens { get; } = new();

    /// <summary>Each sentence's <c># text</c> and the range from its first token's start to its last token's end.</summary>
    public List<(string Text, int Start, int End)> Sentences { get; } = new();

    public static List<ConlluDocument> Read(string conllu)
    {
        var documents = new List<ConlluDocument>();
        ConlluDocument? current = null;
        string? sentenceText = null;
        int sentenceFirst = 0;
        string? paragraph = null;
        foreach (string line in conllu.Split('\n'))
        {
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
            {
                current = new ConlluDocument(line["# newdoc id = ".Length..]);
                documents.Add(current);
            }
            else if (line.StartsWith("# newpar id = ", StringComparison.Ordinal))
            {
                paragraph = line["# newpar id = ".Length..];
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                sentenceText = line["# text = ".Length..];
                sentenceFirst = current!.Tokens.Count;
            }
            else if (line.Length == 0)
            {
                if (sentenceText is not null)
                {
                    current!.Sentences.Add((sentenceText, current.Tokens[sentenceFirst].Start, current.Tokens[^1].End));
                    sentenceText = null;
                }
            }
            else if (!line.StartsWith('#'))
            {
                string[] columns = line.Split('\t');
                if (columns.Length != 10)
                {
                    throw new FormatException("a CoNLL-U token line has 10 columns: " + line);
                }

                Dictionary<string, string> misc = columns[9].Split('|').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                int[] range = misc["TokenRange"].Split(':').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                current!.Tokens.Add(new Token(columns[1], range[0], range[1], misc, paragraph));
            }
        }

        return documents;
    }

    /// <summary>
    /// The spans of one layer. A token lists the spans covering it outermost first: a
    /// <c>B-</c> opens a span, an <c>I-</c> continues the next still-open span of that label.
    /// </summary>
    public List<(int Start, int End, string Label)> Spans(string layer)
    {
        var spans = new List<(int Start, int End, string Label)>();
        var open = new List<int>(); // indices into spans, outermost first
        foreach (Token token in Tokens)
        {
            var next = new List<int>();
            var previous = new List<int>(open);
            if (token.Misc.TryGetValue(layer, out string? value))
            {
                foreach (string tag in value.Split(','))
                {
                    string label = tag.Length > 2 ? tag[2..] : string.Empty;
                    if (tag.StartsWith('B'))
                    {
                        spans.Add((token.Start, token.End, label));
                        next.Add(spans.Count - 1);
                    }
                    else
                    {
                        int at = previous.FindIndex(i => spans[i].Label == label);
                        if (at < 0)
                        {
                            throw new FormatException("I- without an open span at " + token.Start + ": " + value);
                        }

                        int index = previous[at];
                        previous.RemoveAt(at);
                        spans[index] = (spans[index].Start, token.End, label);
                        next.Add(index);
                    }
                }
            }

            open = next;
        }

        return spans;
    }

    internal sealed record Token(string Form, int Start, int End, Dictionary<string, string> Misc, string? Paragraph);
}
