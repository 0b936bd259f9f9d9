using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Binding;

/// <summary>
/// An article whose references all resolve: annotations that failed to bind are removed
/// (each reported once in <see cref="Diagnostics"/>), so nothing downstream cascades.
/// </summary>
public sealed record BoundArticle(ArticleFile Article, EquatableArray<CorpusDiagnostic> Diagnostics)
{
    /// <summary>Whether the article is complete enough to be generated (a valid id and a title).</summary>
    public bool IsGenerated => Article.Id is not null && Article.Title is not null;
}
