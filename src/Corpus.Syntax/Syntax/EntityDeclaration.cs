using Corpus.Syntax.Collections;
using Corpus.Syntax.Text;

namespace Corpus.Syntax;

/// <summary>
/// One <c>@id kind</c> block of a registry. <see cref="AliasesInDoubt"/>: the block has a
/// misspelled <c>aliases</c> key (reported), so its surface forms are not checked against
/// <see cref="Aliases"/>, which would report every mention that the misspelled line lists.
/// </summary>
public sealed record EntityDeclaration(
    string Id,
    EntityKind Kind,
    string Name,
    EquatableArray<string> Aliases,
    string? Description,
    string? WikidataId,
    EquatableArray<EntityReference> Affiliations,
    string FilePath,
    SourceSpan IdSpan,
    bool AliasesInDoubt = false);
