using System;
using System.Collections.Generic;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;

namespace Corpus.Syntax.Binding;

/// <summary>
/// Checks that need the whole corpus at once: article ids unique, article C# names
/// distinct, and registry entries that no article uses.
/// </summary>
public static class CorpusValidator
{
    /// <summary>
    /// The articles that will be generated (sorted by id, first file wins on a duplicate)
    /// and the corpus-level diagnostics.
    /// </summary>
    public static (List<BoundArticle> Articles, List<CorpusDiagnostic> Diagnostics) Validate(EntityTable entities, IEnumerable<BoundArticle> articles)
    {
        var candidates = new List<BoundArticle>();
        foreach (BoundArticle article in articles)
        {
            if (article.IsGenerated)
            {
                candidates.Add(article);
            }
        }

        var diagnostics = new List<CorpusDiagnostic>();
        List<BoundArticle> kept = Select(
            candidates,
            static article => article.Article.FilePath,
            static article => article.Article.Id!,
            (article, rejection, other) => diagnostics.Add(Reject(article.Article, rejection, other?.Article)));
        if (!HasErrors(entities, articles, diagnostics))
        {
            // Only a corpus without errors: a reference that failed to bind (a typo in an id)
            // would otherwise make its intended entity look unused, a cascade.
            ReportUnused(entities, candidates, diagnostics);
        }
        diagnostics.Sort(CorpusDiagnosticComparer.Instance);
        return (kept, diagnostics);
    }

    /// <summary>
    /// Which of the complete articles are generated: in file order, the first of each id, unless
    /// its C# name is reserved or taken by an earlier one; the result sorted by id. Generic over
    /// the article so that the build step can select among its cached articles by the same rule
    /// as the generator, without parsing them again.
    /// </summary>
    /// <param name="candidates">The complete articles; sorted by path in place.</param>
    /// <param name="path">An article's file path.</param>
    /// <param name="id">An article's id.</param>
    /// <param name="rejected">Told of each article left out, why, and the earlier article it clashes with (none for a reserved name).</param>
    public static List<T> Select<T>(List<T> candidates, Func<T, string> path, Func<T, string> id, Action<T, ArticleRejection, T?>? rejected)
        where T : class
    {
        SortUnlessSorted(candidates, path);
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (T article in candidates)
        {
            string articleId = id(article);
            if (byId.TryGetValue(articleId, out T? first))
            {
                rejected?.Invoke(article, ArticleRejection.DuplicateId, first);
                continue;
            }

            string name = CSharpNames.FromId(articleId);
            if (GeneratedNames.ArticleCollision(name) is not null)
            {
                rejected?.Invoke(article, ArticleRejection.ReservedName, null);
                continue;
            }

            if (byName.TryGetValue(name, out T? other))
            {
                rejected?.Invoke(article, ArticleRejection.NameCollision, other);
                continue;
            }

            byId.Add(articleId, article);
            byName.Add(name, article);
            kept.Add(article);
        }

        SortUnlessSorted(kept, id);
        return kept;
    }

    private static CorpusDiagnostic Reject(ArticleFile file, ArticleRejection rejection, ArticleFile? other)
    {
        string id = file.Id!;
        string name = CSharpNames.FromId(id);
        return rejection switch
        {
            ArticleRejection.DuplicateId => CorpusDiagnostic.Create(DiagnosticDescriptors.DuplicateArticleId, file.FilePath, file.IdSpan, id, other!.FilePath),
            ArticleRejection.ReservedName => CorpusDiagnostic.Create(DiagnosticDescriptors.ReservedName, file.FilePath, file.IdSpan, "article", id, name, GeneratedNames.ArticleCollision(name)!),
            _ => CorpusDiagnostic.Create(DiagnosticDescriptors.NameCollision, file.FilePath, file.IdSpan, "article", id, other!.Id!, other.FilePath, name),
        };
    }

    /// <summary>
    /// Sorts by an ordinal key, after one pass that skips the sort when the keys already
    /// increase strictly: the generator validates on every change, and its articles arrive in
    /// the order of their files. Strictly, so the result is the sort's own (no equal keys to order).
    /// </summary>
    private static void SortUnlessSorted<T>(List<T> articles, Func<T, string> key)
    {
        for (int i = 1; i < articles.Count; i++)
        {
            if (string.CompareOrdinal(key(articles[i - 1]), key(articles[i])) >= 0)
            {
                articles.Sort((a, b) => string.CompareOrdinal(key(a), key(b)));
                return;
            }
        }
    }

    private static bool HasErrors(EntityTable entities, IEnumerable<BoundArticle> articles, List<CorpusDiagnostic> corpusDiagnostics)
    {
        foreach (CorpusDiagnostic diagnostic in entities.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        foreach (BoundArticle article in articles)
        {
            foreach (CorpusDiagnostic diagnostic in article.Article.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            foreach (CorpusDiagnostic diagnostic in article.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }
        }

        return corpusDiagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void ReportUnused(EntityTable entities, List<BoundArticle> articles, List<CorpusDiagnostic> diagnostics)
    {
        var unused = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityDeclaration entity in entities.Entities)
        {
            unused.Add(entity.Id);
        }

        foreach (BoundArticle bound in articles)
        {
            // Once every entity is used the rest of the articles cannot change the answer: the
            // generator validates on every change, and a corpus mentions its entities early.
            if (unused.Count == 0)
            {
                return;
            }

            ArticleFile article = bound.Article;
            foreach (MentionSyntax mention in article.Mentions)
            {
                unused.Remove(mention.Entity.Id);
            }

            foreach (QuotationSyntax quotation in article.Quotations)
            {
                if (quotation.Speaker is not null)
                {
                    unused.Remove(quotation.Speaker.Id);
                }
            }

            if (article.SourceEntity is not null)
            {
                unused.Remove(article.SourceEntity.Id);
            }
        }

        foreach (EntityDeclaration entity in entities.Entities)
        {
            if (unused.Contains(entity.Id))
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.EntityNeverMentioned, entity.FilePath, entity.IdSpan, entity.Id));
            }
        }
    }
}
