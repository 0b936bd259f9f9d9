namespace Corpus.Syntax.Sentences;

/// <summary>A sentence: a UTF-16 range of the text it was found in, without surrounding white space.</summary>
public readonly struct SentenceSpan : System.IEquatable<SentenceSpan>
{
    public SentenceSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool Equals(SentenceSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is SentenceSpan other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ Length;

    public override string ToString() => "[" + Start + ", " + End + ")";
}
