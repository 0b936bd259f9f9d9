using Corpus.Syntax;

namespace Corpus.Generator.Specs;

/// <summary>
/// A parsed article with the text it was parsed from: the recall aid computes its positions in
/// the source, which the parsed article does not keep.
/// </summary>
internal sealed record ParsedArticle(ArticleFile Article, string Source);
