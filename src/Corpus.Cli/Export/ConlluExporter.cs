using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Corpus.Cli.Console;
using Corpus.Cli.Stats;
using Corpus.Cli.Text;
using Corpus.Syntax;
using Corpus.Syntax.Sentences;

namespace Corpus.Cli.Export;

/// <summary>
/// CoNLL-U (<c>corpus.conllu</c>): every article's body, one <c># newdoc</c> per article,
/// one <c># newpar</c> per paragraph, sentences split by <see cref="SentenceSplitter"/>,
/// tokens by <see cref="Tokenizer"/>. Only FORM and MISC are filled: MISC holds
/// <c>Mention=</c> (BIO over mentions, <c>B-person:xi-jinping</c>; nested mentions are
/// listed outermost first, separated by commas), <c>Quote=</c> (BIO over quotations,
/// <c>B-direct:victor-cha</c>, or <c>B-direct</c> when unattributed), <c>Term=</c>,
/// <c>SpaceAfter=No</c> and <c>TokenRange=start:end</c> (offsets into the article's text).
/// </summary>
internal sealed class ConlluExporter : ICorpusExporter
{
    public const string FileName = "corpus.conllu";

    /// <summary>
    /// The MISC key of mentions. Not <c>Entity</c>: CorefUD gives that key its own grammar
    /// (bracketed coreference clusters declared by <c># global.Entity</c>), and UD's
    /// validator and udapi read any <c>Entity=</c> that way.
    /// </summary>
    public const string MentionKey = "Mention";

    public int Export(LoadedCorpus corpus, string outputDirectory, OffsetUnit unit, ProgressStep progress)
    {
        using StreamWriter output = OutputFiles.Create(Path.Combine(outputDirectory, FileName));
        foreach (ArticleFile article in corpus.Articles)
        {
            WriteArticle(output, corpus, article, unit);
            progress.Advance();
        }

        return 1;
    }

    private static void WriteArticle(TextWriter output, LoadedCorpus corpus, ArticleFile article, OffsetUnit unit)
    {
        string text = article.Body;
        OffsetConverter offsets = OffsetConverter.For(text, unit);
        var mentions = new List<(int Start, int End, string Label)>();
        var quotes = new List<(int Start, int End, string Label)>();
        var terms = new List<(int Start, int End, string Label)>();
        var boundaries = new HashSet<int>();
        foreach (MentionSyntax mention in article.Mentions)
        {
            if (mention.Field == ArticleFields.Body)
            {
                string kind = corpus.Entities.Find(mention.Entity.Id)?.Kind.ToKeyword() ?? "entity";
                mentions.Add((mention.Start, mention.Start + mention.Length, kind + ":" + mention.Entity.Id));
                boundaries.Add(mention.Start);
                boundaries.Add(mention.Start + mention.Length);
            }
        }

        foreach (QuotationSyntax quote in article.Quotations)
        {
            if (quote.Field == ArticleFields.Body)
            {
                string label = quote.Kind.ToKeyword() + (quote.Speaker is null ? string.Empty : ":" + quote.Speaker.Id);
                quotes.Add((quote.Start, quote.Start + quote.Length, label));
                boundaries.Add(quote.Start);
                boundaries.Add(quote.Start + quote.Length);
            }
        }

        foreach (TermSyntax term in article.Terms)
        {
            if (term.Field == ArticleFields.Body)
            {
                terms.Add((term.Start, term.Start + term.Length, string.Empty));
                boundaries.Add(term.Start);
                boundaries.Add(term.Start + term.Length);
            }
        }

        SortOuterFirst(mentions);
        SortOuterFirst(quotes);
        SortOuterFirst(terms);
        output.Write("# newdoc id = " + article.Id + "\n");
        int sentenceNumber = 0;
        List<SentenceSpan> sentences = ArticleSentences.Of(article);
        int nextSentence = 0;
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            ParagraphSpan paragraph = article.Paragraphs[p];
            int paragraphEnd = paragraph.Start + paragraph.Length;
            List<Token> tokens = Tokenizer.Tokenize(text, paragraph.Start, paragraphEnd, boundaries);
            if (tokens.Count == 0)
            {
                continue;
            }

            // The paragraph's index in Article.Paragraphs and in the JSON Lines `paragraphs`, as `quotes[].paragraph` counts it.
            output.Write("# newpar id = " + article.Id + "-p" + N(p) + "\n");
            foreach ((int first, int end) in SentenceSplitter.Split(sentences, ref nextSentence, paragraphEnd, tokens))
            {
                int sentenceStart = tokens[first].Start;
                int sentenceEnd = tokens[end - 1].End;
                // Numbered from 0 in the article, as the Parquet export's `sentence`.
                output.Write("# sent_id = " + article.Id + "-s" + N(sentenceNumber++) + "\n");
                output.Write("# text = " + text.Substring(sentenceStart, sentenceEnd - sentenceStart) + "\n");
                for (int t = first; t < end; t++)
                {
                    Token token = tokens[t];
                    var misc = new List<string>();
                    AddLayer(misc, MentionKey, mentions, token, withLabel: true);
                    AddLayer(misc, "Quote", quotes, token, withLabel: true);
                    AddLayer(misc, "Term", terms, token, withLabel: false);
                    if (t + 1 < end && tokens[t + 1].Start == token.End)
                    {
                        misc.Add("SpaceAfter=No");
                    }

                    misc.Add("TokenRange=" + N(offsets.FromUtf16(token.Start)) + ":" + N(offsets.FromUtf16(token.End)));
                    output.Write(N(t - first + 1) + "\t" + text.Substring(token.Start, token.Length) + "\t_\t_\t_\t_\t_\t_\t_\t" + string.Join("|", misc) + "\n");
                }

                output.Write("\n");
            }
        }
    }

    /// <summary>BIO tags of every span of one layer that covers the token, outermost first.</summary>
    private static void AddLayer(List<string> misc, string key, List<(int Start, int End, string Label)> spans, Token token, bool withLabel)
    {
        StringBuilder? value = null;
        foreach ((int start, int end, string label) in spans)
        {
            if (start > token.Start)
            {
                break;
            }

            if (end >= token.End && start <= token.Start && end > start)
            {
                value = value is null ? new StringBuilder() : value.Append(',');
                value.Append(start == token.Start ? "B" : "I");
                if (withLabel && label.Length > 0)
                {
                    value.Append('-').Append(label);
                }
            }
        }

        if (value is not null)
        {
            misc.Add(key + "=" + value);
        }
    }

    private static void SortOuterFirst(List<(int Start, int End, string Label)> spans) =>
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : string.CompareOrdinal(a.Label, b.Label));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
