using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// One finding of the recall aid: its diagnostic (CG0312 or CG0313), and the edit that acts on
/// it: <see cref="Replacement"/> written over <see cref="Span"/> of the file (an empty span at
/// the end of a quotation for an attribution).
/// </summary>
public sealed record RecallFinding(CorpusDiagnostic Diagnostic, SourceSpan Span, string Replacement);
