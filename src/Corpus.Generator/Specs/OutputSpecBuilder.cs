using System.Collections.Generic;
using Corpus.Storage.Surface;
using Corpus.Syntax.Collections;

namespace Corpus.Generator.Specs;

/// <summary>Splits the corpus surface into the spec of each generated file.</summary>
internal static class OutputSpecBuilder
{
    /// <summary>The number of article class files at most; a fixed bound keeps the driver's per-output cost flat.</summary>
    public const int GroupCount = 16;

    public static CatalogSpec Catalog(CorpusSurface surface, string ns)
    {
        var classes = new List<ArticleClassEntry>();
        for (int i = 0; i < surface.Articles.Count; i++)
        {
            if (surface.Articles[i].HasClass)
            {
                classes.Add(new ArticleClassEntry(i, surface.Articles[i].ClassName));
            }
        }

        return new CatalogSpec(ns, surface.Hash, classes.ToEquatableArray());
    }

    public static EntitiesSpec Entities(CorpusSurface surface, string ns) => new(ns, surface.Entities);

    public static ArticlesSpec Articles(CorpusSurface surface, string ns, bool everyArticle)
    {
        var entries = new List<ArticleEntry>(everyArticle ? surface.Articles.Count : 0);
        for (int i = 0; i < surface.Articles.Count; i++)
        {
            ArticleSurface article = surface.Articles[i];
            if (everyArticle || article.HasClass)
            {
                entries.Add(new ArticleEntry(i, article.ClassName, article.Documentation, article.HasClass));
            }
        }

        return new ArticlesSpec(ns, surface.Articles.Count, entries.ToEquatableArray());
    }

    /// <summary>
    /// Every group, empty or not: the driver compares a SelectMany's items by position, so a
    /// group that appeared in the middle would mark every later one modified.
    /// </summary>
    public static EquatableArray<ArticleClassGroup> Groups(CorpusSurface surface, string ns)
    {
        var members = new List<ArticleSurface>?[GroupCount];
        foreach (ArticleSurface article in surface.Articles)
        {
            if (article.HasClass)
            {
                (members[GroupOf(article.Id)] ??= new List<ArticleSurface>()).Add(article);
            }
        }

        var groups = new ArticleClassGroup[GroupCount];
        for (int g = 0; g < GroupCount; g++)
        {
            groups[g] = new ArticleClassGroup(g, ns, members[g] is { } list ? list.ToEquatableArray() : EquatableArray<ArticleSurface>.Empty);
        }

        return new EquatableArray<ArticleClassGroup>(groups);
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: stable across runs, processes and platforms.</summary>
    public static int GroupOf(string id)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in id)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % GroupCount);
        }
    }
}
