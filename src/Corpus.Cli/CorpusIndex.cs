using System;
using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Cli;

/// <summary>A mention with the article it is in and its position in that article's list (its anchor).</summary>
internal readonly record struct MentionRef(ArticleFile Article, MentionSyntax Mention, int Index);

/// <summary>A quotation with the article it is in and its position in that article's list (its anchor).</summary>
internal readonly record struct QuoteRef(ArticleFile Article, QuotationSyntax Quote, int Index);

/// <summary>What one entity is used for across the corpus, in article order then text order.</summary>
internal sealed class EntityUsage
{
    public EntityUsage(EntityDeclaration entity) => Entity = entity;

    public EntityDeclaration Entity { get; }

    public List<MentionRef> Mentions { get; } = new();

    public List<QuoteRef> Quotes { get; } = new();

    /// <summary>Ids of the articles that mention, quote or cite the entity, sorted ordinally.</summary>
    public SortedSet<string> ArticleIds { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The corpus seen from the entities: each entity's mentions, quotes and articles. The
/// same links the generated library exposes (<c>Entity.Mentions</c>, <c>.Quotes</c>, <c>.Articles</c>).
/// </summary>
internal sealed class CorpusIndex
{
    private readonly Dictionary<string, EntityUsage> _byId = new(StringComparer.Ordinal);

    public CorpusIndex(EntityTable entities, IReadOnlyList<ArticleFile> articles)
    {
        var usages = new List<EntityUsage>(entities.Entities.Count);
        foreach (EntityDeclaration entity in entities.Entities)
        {
            var usage = new EntityUsage(entity);
            usages.Add(usage);
            _byId[entity.Id] = usage;
        }

        Entities = usages;
        foreach (ArticleFile article in articles)
        {
            for (int i = 0; i < article.Mentions.Count; i++)
            {
                MentionSyntax mention = article.Mentions[i];
                if (_byId.TryGetValue(mention.Entity.Id, out EntityUsage? usage))
                {
                    usage.Mentions.Add(new MentionRef(article, mention, i));
                    usage.ArticleIds.Add(article.Id!);
                }
            }

            for (int i = 0; i < article.Quotations.Count; i++)
            {
                QuotationSyntax quote = article.Quotations[i];
                if (quote.Speaker is not null && _byId.TryGetValue(quote.Speaker.Id, out EntityUsage? usage))
                {
                    usage.Quotes.Add(new QuoteRef(article, quote, i));
                    usage.ArticleIds.Add(article.Id!);
                }
            }

            if (article.SourceEntity is not null && _byId.TryGetValue(article.SourceEntity.Id, out EntityUsage? source))
            {
                source.ArticleIds.Add(article.Id!);
            }
        }
    }

    /// <summary>Every entity of the registry, sorted by id.</summary>
    public IReadOnlyList<EntityUsage> Entities { get; }

    public EntityUsage? Find(string id) => _byId.TryGetValue(id, out EntityUsage? usage) ? usage : null;
}
