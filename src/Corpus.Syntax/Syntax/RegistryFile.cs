using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax;

/// <summary>A parsed <c>entities.txt</c>: its declarations and its own diagnostics.</summary>
public sealed record RegistryFile(string FilePath, EquatableArray<EntityDeclaration> Entities, EquatableArray<CorpusDiagnostic> Diagnostics);
