using Corpus.Storage.Surface;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Generator.Specs;

/// <summary>
/// The corpus-wide step's result: the surface of the articles it keeps (in id order) and of
/// the entities, and the corpus-level diagnostics. The two travel apart from here, so a
/// diagnostic that moves re-emits no code.
/// </summary>
internal sealed record CorpusResult(CorpusSurface Surface, EquatableArray<CorpusDiagnostic> Diagnostics);
