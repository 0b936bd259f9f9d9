using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax;

/// <summary>
/// A parsed <c>entities.txt</c>: its declarations and its own diagnostics.
/// <see cref="RejectedIds"/> are ids whose declaration was reported and dropped, so that
/// references to them are not reported a second time as unknown.
/// </summary>
public sealed record RegistryFile(
    string FilePath,
    EquatableArray<EntityDeclaration> Entities,
    EquatableArray<CorpusDiagnostic> Diagnostics,
    EquatableArray<string> RejectedIds = default);
