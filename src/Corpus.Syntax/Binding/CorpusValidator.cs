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

        SortUnlessSorted(candidates, static article => article.Article.FilePath);
        var diagnostics = new List<CorpusDiagnostic>();
        var byId = new Dictionary<string, BoundArticle>(StringComparer.Ordinal);
        var byName = new Dictionary<string, BoundArticle>(StringComparer.Ordinal);
        var kept = new List<BoundArticle>();
        foreach (BoundArticle article in candidates)
        {
            ArticleFile file = article.Article;
            string id = file.Id!;
            if (byId.TryGetValue(id, out BoundArticle? first))
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.DuplicateArticleId, file.FilePath, file.IdSpan, id, first.Article.FilePath));
                continue;
            }

            string name = CSharpNames.FromId(id);
            string? reserved = GeneratedNames.ArticleCollision(name);
            if (reserved is not null)
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.ReservedName, file.FilePath, file.IdSpan, "article", id, name, reserved));
                continue;
            }

            if (byName.TryGetValue(name, out BoundArticle? other))
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.NameCollision, file.FilePath, file.IdSpan, "article", id, other.Article.Id!, other.Article.FilePath, name));
                continue;
            }

            byId.Add(id, article);
            byName.Add(name, article);
            kept.Add(article);
        }

        SortUnlessSorted(kept, static article => article.Article.Id!);
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
    /// Sorts by an ordinal key, after one pass that skips the sort when the keys already
    /// increase strictly: the generator validates on every change, and its articles arrive in
    /// the order of their files. Strictly, so the result is the sort's own (no equal keys to order).
    /// </summary>
    private static void SortUnlessSorted(List<BoundArticle> articles, Func<BoundArticle, string> key)
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
