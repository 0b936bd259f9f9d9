using System;
using System.Collections.Generic;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Syntax;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: every mention coloured by its entity's kind. The
/// token types are the kind keywords themselves (<c>person</c>, <c>organization</c>, …, see
/// <see cref="TokenTypes"/>), so a theme or an editor configuration can colour each kind; the
/// VS Code extension maps them onto standard types. Tokens may neither overlap nor (for most
/// clients) span lines, so nested mentions are cut around the inner one and each piece is
/// split at line breaks.
/// </summary>
internal static class SemanticTokenBuilder
{
    /// <summary>The legend: index i is the kind keyword of <see cref="EntityKind"/> value i, then mentions of unknown entities.</summary>
    public static readonly IReadOnlyList<string> TokenTypes = BuildLegend();

    public static readonly int UnknownEntityType = EntityKinds.Keywords.Count;

    public static SemanticTokens For(CorpusWorkspace workspace, CorpusDocument document)
    {
        var spans = new List<(int Start, int End, int Type)>();
        foreach (MentionSyntax mention in document.Article?.Mentions ?? default)
        {
            EntityDeclaration? entity = workspace.Entities.Find(mention.Entity.Id);
            spans.Add((mention.Span.Start, mention.Span.End, entity is null ? UnknownEntityType : (int)entity.Kind));
        }

        return new SemanticTokens(Encode(document.Lines, Flatten(spans)));
    }

    /// <summary>Cuts nested spans into pieces that do not overlap; the innermost span colours its part.</summary>
    public static List<(int Start, int End, int Type)> Flatten(List<(int Start, int End, int Type)> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var pieces = new List<(int, int, int)>();
        var open = new Stack<(int Start, int End, int Type)>();
        int cursor = 0;
        foreach ((int Start, int End, int Type) span in spans)
        {
            EmitUpTo(span.Start);
            cursor = Math.Max(cursor, span.Start);
            open.Push(span);
        }

        EmitUpTo(int.MaxValue);
        return pieces;

        void EmitUpTo(int limit)
        {
            while (open.Count > 0)
            {
                (int _, int end, int type) = open.Peek();
                int pieceEnd = Math.Min(end, limit);
                if (pieceEnd > cursor)
                {
                    pieces.Add((cursor, pieceEnd, type));
                    cursor = pieceEnd;
                }

                if (end > limit)
                {
                    return;
                }

                open.Pop();
            }
        }
    }

    /// <summary>The protocol's relative encoding: five integers per token, each piece split at line ends.</summary>
    private static List<int> Encode(LineMap lines, List<(int Start, int End, int Type)> pieces)
    {
        var data = new List<int>(pieces.Count * 5);
        int previousLine = 0, previousCharacter = 0;
        foreach ((int start, int end, int type) in pieces)
        {
            for (int number = lines.GetLineNumber(start); number <= lines.LineCount; number++)
            {
                int lineStart = lines.GetLineStart(number);
                if (lineStart >= end && number > lines.GetLineNumber(start))
                {
                    break;
                }

                int from = Math.Max(start, lineStart);
                int to = Math.Min(end, lineStart + lines.GetLineLength(number));
                if (to <= from)
                {
                    continue;
                }

                int line = number - 1;
                int character = from - lineStart;
                data.Add(line - previousLine);
                data.Add(line == previousLine ? character - previousCharacter : character);
                data.Add(to - from);
                data.Add(type);
                data.Add(0);
                previousLine = line;
                previousCharacter = character;
            }
        }

        return data;
    }

    private static List<string> BuildLegend()
    {
        var legend = new List<string>(EntityKinds.Keywords) { "unknownEntity" };
        return legend;
    }
}
