using Corpus.Syntax.Collections;

namespace Corpus.Generator.Specs;

/// <summary>
/// The articles that share one generated file, in slot order. Nothing here depends on the
/// articles of other groups, so a change elsewhere leaves this spec equal and its file cached.
/// </summary>
internal sealed record ArticleGroupSpec(int Group, string Namespace, EquatableArray<GroupedArticle> Articles);

/// <summary>An article and the C# name of its class.</summary>
internal sealed record GroupedArticle(string ClassName, ArticleModel Model);
