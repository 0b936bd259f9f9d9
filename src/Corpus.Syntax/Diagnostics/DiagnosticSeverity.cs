namespace Corpus.Syntax.Diagnostics;

/// <summary>Default severities; the values mirror Roslyn's so the generator can cast.</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
