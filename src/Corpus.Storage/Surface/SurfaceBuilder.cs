using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Naming;

namespace Corpus.Storage.Surface;

/// <summary>
/// Derives the surface from Corpus.Syntax's results. The generator calls it per article and per
/// entity table (each step cached); the build task calls it over the whole compilation; the
/// same code on the same results gives the same surface, and so the same hash.
/// </summary>
public static class SurfaceBuilder
{
    public static EquatableArray<EntitySurface> Entities(EntityTable entities)
    {
        var result = new EntitySurface[entities.Entities.Count];
        for (int i = 0; i < result.Length; i++)
        {
            EntityDeclaration entity = entities.Entities[i];
            string documentation = entity.Description is null
                ? entity.Name + " (" + entity.Kind.ToKeyword() + ")."
                : entity.Name + " (" + entity.Kind.ToKeyword() + "): " + entity.Description;
            result[i] = new EntitySurface(entity.Id, entity.Kind, CSharpNames.FromId(entity.Id), documentation);
        }

        return new EquatableArray<EntitySurface>(result);
    }

    /// <summary>The surface of a bound article that is generated (<see cref="BoundArticle.IsGenerated"/>).</summary>
    public static ArticleSurface Article(BoundArticle bound, EntityTable entities)
    {
        ArticleFile article = bound.Article;
        var members = new List<NamedMember>();
        for (int i = 0; i < article.Mentions.Count; i++)
        {
            MentionSyntax mention = article.Mentions[i];
            if (mention.Name is not null)
            {
                string entityName = entities.Find(mention.Entity.Id)?.Name ?? mention.Entity.Id;
                members.Add(new NamedMember(CSharpNames.FromId(mention.Name), IsQuote: false, i, "Mention of " + entityName + ": “" + mention.Text + "”."));
            }
        }

        for (int i = 0; i < article.Quotations.Count; i++)
        {
            QuotationSyntax quote = article.Quotations[i];
            if (quote.Name is not null)
            {
                string speaker = quote.Speaker is null ? "unattributed" : entities.Find(quote.Speaker.Id)?.Name ?? quote.Speaker.Id;
                members.Add(new NamedMember(CSharpNames.FromId(quote.Name), IsQuote: true, i, "“" + quote.Text + "” (" + speaker + ")."));
            }
        }

        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        string? source = article.SourceEntity is null ? article.Source : entities.Find(article.SourceEntity.Id)?.Name;
        string title = article.Title ?? string.Empty;
        string id = article.Id ?? string.Empty;
        return new ArticleSurface(
            id,
            CSharpNames.FromId(id),
            source is null ? title : title + " (" + source + ")",
            members.Count == 0 ? EquatableArray<NamedMember>.Empty : members.ToEquatableArray());
    }
}
