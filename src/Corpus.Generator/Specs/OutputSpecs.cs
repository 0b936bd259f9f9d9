using Corpus.Storage.Surface;
using Corpus.Syntax.Collections;

namespace Corpus.Generator.Specs;

// What each generated file is made of, and nothing more: a file is emitted again only when
// its own spec changes.

/// <summary><c>CorpusData.g.cs</c>: the catalog, the hash it checks the data against, and which articles have a class.</summary>
internal sealed record CatalogSpec(string Namespace, ulong SurfaceHash, EquatableArray<ArticleClassEntry> Classes);

/// <summary>An article with a generated class, by its index in the corpus.</summary>
internal sealed record ArticleClassEntry(int Index, string ClassName);

/// <summary><c>Entities.g.cs</c>: <c>Entities</c> and the class of each kind the corpus uses.</summary>
internal sealed record EntitiesSpec(string Namespace, EquatableArray<EntitySurface> Entities);

/// <summary><c>Articles.g.cs</c>: a property per article (or per article with a class, see <c>GeneratorSettings.ArticleProperties</c>) and <c>Quotes</c>.</summary>
internal sealed record ArticlesSpec(string Namespace, int Count, EquatableArray<ArticleEntry> Articles);

/// <summary>An article as <c>Articles</c> lists it, with its index in the corpus.</summary>
internal sealed record ArticleEntry(int Index, string MemberName, string Documentation, bool HasClass);

/// <summary>
/// <c>ArticleGroupNN.g.cs</c>: the classes of the articles with <c>#named</c> members whose id
/// hashes to this group, so an edit to one such article re-emits one bounded file.
/// </summary>
internal sealed record ArticleClassGroup(int Group, string Namespace, EquatableArray<ArticleSurface> Articles);
