using Corpus.Syntax;

namespace Corpus.Cli.Import;

/// <summary>
/// One brat annotation on its way into an article: a UTF-16 range of the canonical text,
/// what it becomes, the entity (or speaker) id, the requested quote kind and <c>#name</c>.
/// <see cref="Source"/> names it in warnings ("T12").
/// </summary>
internal sealed record ImportedSpan(ImportRole Role, int Start, int End, string? EntityId, QuoteKind? Kind, string? Name, string Source);
