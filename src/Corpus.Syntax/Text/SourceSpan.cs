namespace Corpus.Syntax.Text;

/// <summary>
/// A range of a corpus file: the offset and length in UTF-16 code units of the original
/// text, plus 1-based line and column of both ends (columns count UTF-16 code units of the
/// original line, as FORMAT.md requires, so U+2028 and friends never break a line here).
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public int End => Start + Length;

    public override string ToString() => $"({Line},{Column})";
}
