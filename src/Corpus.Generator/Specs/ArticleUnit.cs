using Corpus.Storage.Surface;
using Corpus.Syntax.Binding;

namespace Corpus.Generator.Specs;

/// <summary>
/// One article after binding: the bound article, for its diagnostics and the corpus-wide
/// checks, and its surface (null when the article is not generated), the only part that
/// reaches an emitter.
/// </summary>
internal sealed record ArticleUnit(BoundArticle Bound, ArticleSurface? Surface);
