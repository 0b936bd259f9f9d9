namespace Corpus.Syntax.Text;

/// <summary>
/// A growable run of characters that turns into one string at the end. Unlike a
/// StringBuilder it is indexed in constant time and, given the right capacity (the parser
/// knows an upper bound: the text it reads), never copies its content before that string.
/// </summary>
internal sealed class TextBuffer
{
    private char[] _chars;

    public TextBuffer(int capacity) => _chars = new char[System.Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public char this[int index] => _chars[index];

    public void Append(char c)
    {
        Reserve(1);
        _chars[Length++] = c;
    }

    public void Append(char[] source, int start, int count)
    {
        Reserve(count);
        System.Array.Copy(source, start, _chars, Length, count);
        Length += count;
    }

    public override string ToString() => new(_chars, 0, Length);

    private void Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            System.Array.Resize(ref _chars, System.Math.Max(Length + count, _chars.Length * 2));
        }
    }
}
