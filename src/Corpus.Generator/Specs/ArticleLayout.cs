using Corpus.Syntax;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Generator.Specs;

/// <summary>
/// The part of an article's model that needs no entity: its annotation table (the format of
/// <see cref="ArticleModelBuilder"/>) with every entity slot still unfilled. Laying it out walks
/// the body for UTF-8 offsets, so it is a cached step of its own, run again only when the
/// article changes; binding against the entity table then only fills the slots.
/// </summary>
internal sealed record ArticleLayout(ArticleFile Article, EquatableArray<int> Data)
{
    /// <summary>CG0900 when laying the table out threw; binding reports it and generates nothing for the article.</summary>
    public CorpusDiagnostic? Failure { get; init; }
}
