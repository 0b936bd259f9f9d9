using Corpus.Syntax;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Generator.Specs;

/// <summary>
/// Everything corpus-wide: the entities, the list of articles (not their contents) and
/// the groups. Outputs that depend only on <see cref="Index"/> are not re-emitted when an
/// article's text changes.
/// </summary>
internal sealed record CorpusSpec(CorpusIndexSpec Index, EquatableArray<ArticleGroupSpec> Groups, EquatableArray<CorpusDiagnostic> Diagnostics);

/// <summary>What the catalog, <c>Entities</c> and <c>Articles</c> classes are made of.</summary>
internal sealed record CorpusIndexSpec(string Namespace, EquatableArray<EntityDeclaration> Entities, EquatableArray<ArticleEntry> Articles)
{
    public bool IsEmpty => Entities.Count == 0 && Articles.Count == 0;
}

/// <summary>An article as the index sees it: its position in the corpus, and its group and slot in that group.</summary>
internal sealed record ArticleEntry(int Index, string Id, string ClassName, int Group, int Slot, string Documentation);
