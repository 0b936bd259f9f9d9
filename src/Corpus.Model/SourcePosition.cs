namespace Corpus.Model;

/// <summary>Where an annotation was written in its corpus file: 1-based line and column (UTF-16 code units), as the compiler reports them.</summary>
internal readonly record struct SourcePosition(int Line, int Column);
