using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;

namespace Corpus.Generator.Specs;

/// <summary>
/// One bound article with its annotation table already laid out (entity indices resolved),
/// so the corpus-wide step only numbers and groups articles.
/// </summary>
internal sealed record ArticleModel(BoundArticle Bound, EquatableArray<int> Data, EquatableArray<NamedMember> Members, string? SourceName);

/// <summary>A <c>#name</c>d quotation or mention: a typed property of the article's class.</summary>
internal sealed record NamedMember(string Name, bool IsQuote, int Index, string Documentation);
