using Corpus.Syntax.Collections;

namespace Corpus.Generator.Specs;

/// <summary>The articles that share one generated file, with their corpus-wide positions.</summary>
internal sealed record ArticleGroupSpec(int Group, string Namespace, EquatableArray<IndexedArticle> Articles);

/// <summary>An article and its position in <c>Articles.All</c>.</summary>
internal sealed record IndexedArticle(int Index, string ClassName, ArticleModel Model);
