using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Model;
using Corpus.News;

namespace Corpus.Explorer;

/// <summary>What the explorer prints. Everything comes from the generated, typed corpus: nothing is parsed here.</summary>
internal static class Reports
{
    public const string Usage = "Usage: Corpus.Explorer [summary|quotes|entities]";

    /// <summary>A readable tour: the articles, who says what, and who is mentioned most.</summary>
    public static void Summary(TextWriter output)
    {
        output.WriteLine(Invariant($"Corpus.News: {Articles.Count} articles, {Entities.Count} entities, {Quotes.All.Count} quotations"));
        output.WriteLine();
        foreach (Article article in Articles.All)
        {
            output.WriteLine(article.Title);
            output.WriteLine(Invariant($"  id: {article.Id}   source: {article.Source ?? "-"}   paragraphs: {article.Paragraphs.Count}   mentions: {article.Mentions.Count}   quotes: {article.Quotes.Count}"));
        }

        output.WriteLine();
        output.WriteLine("Quotes by speaker");
        IEnumerable<IGrouping<string, Quote>> bySpeaker = Quotes.All
            .GroupBy(q => q.Speaker?.Name ?? "(unattributed)", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (IGrouping<string, Quote> speaker in bySpeaker)
        {
            output.WriteLine(Invariant($"  {speaker.Key} ({speaker.Count()})"));
            foreach (Quote quote in speaker)
            {
                output.WriteLine(Invariant($"    [{Kind(quote.Kind)}] {OneLine(quote.Text)}"));
            }
        }

        output.WriteLine();
        output.WriteLine("Most mentioned entities");
        IEnumerable<Entity> top = Entities.All
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(10);
        foreach (Entity entity in top)
        {
            output.WriteLine(Invariant($"  {entity.Mentions.Count,3}  {entity.Name} ({Kind(entity.Kind)}) in {entity.Articles.Count} article(s)"));
        }
    }

    /// <summary>One line per quote: article id, speaker name (or -), kind, text.</summary>
    public static void QuoteLines(TextWriter output)
    {
        foreach (Quote quote in Quotes.All)
        {
            output.WriteLine(QuoteLine(quote.Article.Id, quote.Speaker?.Name, quote.Kind, quote.Text));
        }
    }

    /// <summary>The line of one quote; an unattributed quotation has the speaker <c>-</c>.</summary>
    internal static string QuoteLine(string articleId, string? speaker, QuoteKind kind, string text) =>
        string.Join('\t', articleId, speaker ?? "-", Kind(kind), Escape(text));

    /// <summary>One line per entity: id, kind, name, mention count, article ids.</summary>
    public static void EntityLines(TextWriter output)
    {
        foreach (Entity entity in Entities.All)
        {
            string articles = string.Join(',', entity.Articles.Select(a => a.Id));
            output.WriteLine(string.Join('\t', entity.Id, Kind(entity.Kind), entity.Name, entity.Mentions.Count.ToString(CultureInfo.InvariantCulture), articles));
        }
    }

    private static string Kind(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    private static string Kind(EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Keeps one record per line: a quotation over several paragraphs has its breaks written as \n.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string OneLine(string text) => text.Replace("\n\n", " ¶ ", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
