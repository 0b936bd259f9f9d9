using System;
using System.Collections.Generic;
using Corpus.Cli.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Stats;

/// <summary>A count per entity: its mentions, or its quotes by kind.</summary>
internal sealed record EntityCount(string Id, string Name, EntityKind Kind, int Count, int Direct, int Partial, int Indirect, int Articles);

/// <summary>A quotation that no one is credited with (warning CG0305 in the build).</summary>
internal sealed record UnattributedQuote(string File, int Line, int Column, string ArticleId, QuoteKind Kind, string Text);

/// <summary>
/// What <c>corpus stats</c> reports. Words are the body's white-space separated words that
/// hold a letter or a digit (<see cref="WordCounter"/>); mentions and quotes include the annotated
/// front-matter fields (summary, image, image-credit, note), as the library's do.
/// </summary>
internal sealed class CorpusStatistics
{
    public int Articles { get; private set; }

    public int Paragraphs { get; private set; }

    public int Words { get; private set; }

    public int Entities { get; private set; }

    public int Mentions { get; private set; }

    public int Quotes { get; private set; }

    public int Terms { get; private set; }

    /// <summary>Mentions per entity kind, in the order of the format's kinds.</summary>
    public SortedDictionary<EntityKind, int> MentionsByKind { get; } = new();

    /// <summary>Entities declared per kind.</summary>
    public SortedDictionary<EntityKind, int> EntitiesByKind { get; } = new();

    public SortedDictionary<QuoteKind, int> QuotesByKind { get; } = new();

    public List<EntityCount> TopEntities { get; } = new();

    public List<EntityCount> TopSpeakers { get; } = new();

    public List<UnattributedQuote> Unattributed { get; } = new();

    public static CorpusStatistics Compute(LoadedCorpus corpus, int top)
    {
        var stats = new CorpusStatistics { Articles = corpus.Articles.Count, Entities = corpus.Entities.Entities.Count };
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            stats.MentionsByKind[kind] = 0;
            stats.EntitiesByKind[kind] = 0;
        }

        foreach (QuoteKind kind in Enum.GetValues<QuoteKind>())
        {
            stats.QuotesByKind[kind] = 0;
        }

        foreach (EntityDeclaration entity in corpus.Entities.Entities)
        {
            stats.EntitiesByKind[entity.Kind]++;
        }

        foreach (ArticleFile article in corpus.Articles)
        {
            stats.Paragraphs += article.Paragraphs.Count;
            stats.Words += WordCounter.Count(article.Body);
            stats.Mentions += article.Mentions.Count;
            stats.Quotes += article.Quotations.Count;
            stats.Terms += article.Terms.Count;
            foreach (MentionSyntax mention in article.Mentions)
            {
                EntityDeclaration? entity = corpus.Entities.Find(mention.Entity.Id);
                if (entity is not null)
                {
                    stats.MentionsByKind[entity.Kind]++;
                }
            }

            foreach (QuotationSyntax quote in article.Quotations)
            {
                stats.QuotesByKind[quote.Kind]++;
                // Located where CG0305 reports it, the opening mark: an annotation without a
                // speaker ('“Yes.”{#x}') is where the quotation ends, not where it is.
                if (quote.Speaker is null)
                {
                    stats.Unattributed.Add(new UnattributedQuote(article.FilePath, quote.OpenSpan.Line, quote.OpenSpan.Column, article.Id!, quote.Kind, quote.Text));
                }
            }
        }

        var entities = new List<EntityCount>();
        var speakers = new List<EntityCount>();
        foreach (EntityUsage usage in corpus.Index.Entities)
        {
            EntityDeclaration e = usage.Entity;
            if (usage.Mentions.Count > 0)
            {
                entities.Add(new EntityCount(e.Id, e.Name, e.Kind, usage.Mentions.Count, 0, 0, 0, usage.ArticleIds.Count));
            }

            if (usage.Quotes.Count > 0)
            {
                int direct = 0, partial = 0, indirect = 0;
                var articles = new HashSet<string>(StringComparer.Ordinal);
                foreach (QuoteRef quote in usage.Quotes)
                {
                    articles.Add(quote.Article.Id!);
                    switch (quote.Quote.Kind)
                    {
                        case QuoteKind.Direct: direct++; break;
                        case QuoteKind.Partial: partial++; break;
                        default: indirect++; break;
                    }
                }

                speakers.Add(new EntityCount(e.Id, e.Name, e.Kind, usage.Quotes.Count, direct, partial, indirect, articles.Count));
            }
        }

        Comparison<EntityCount> byCount = (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Id, b.Id);
        entities.Sort(byCount);
        speakers.Sort(byCount);
        stats.TopEntities.AddRange(entities.GetRange(0, Math.Min(top, entities.Count)));
        stats.TopSpeakers.AddRange(speakers.GetRange(0, Math.Min(top, speakers.Count)));
        return stats;
    }
}
