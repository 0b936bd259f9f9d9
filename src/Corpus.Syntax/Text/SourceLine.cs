namespace Corpus.Syntax.Text;

/// <summary>One line of a corpus file: where it starts and its length without the line break.</summary>
public readonly record struct SourceLine(int Number, int Start, int Length)
{
    public int End => Start + Length;
}
