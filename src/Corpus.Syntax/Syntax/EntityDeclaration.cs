using Corpus.Syntax.Collections;
using Corpus.Syntax.Text;

namespace Corpus.Syntax;

/// <summary>One <c>@id kind</c> block of a registry.</summary>
public sealed record EntityDeclaration(
    string Id,
    EntityKind Kind,
    string Name,
    EquatableArray<string> Aliases,
    string? Description,
    string? WikidataId,
    EquatableArray<EntityReference> Affiliations,
    string FilePath,
    SourceSpan IdSpan);
