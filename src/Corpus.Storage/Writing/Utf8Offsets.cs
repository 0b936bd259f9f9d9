namespace Corpus.Storage.Writing;

/// <summary>
/// Converts UTF-16 positions of a text to byte positions of its UTF-8 encoding. Annotations
/// come in text order, so a cursor moves forward; a position before it (the end of an outer
/// quotation, the next list) moves it back by the distance only.
/// </summary>
internal sealed class Utf8Offsets
{
    private readonly string _text;
    private int _chars;
    private int _bytes;

    public Utf8Offsets(string text) => _text = text;

    /// <summary>The UTF-8 byte offset of a UTF-16 position (a lone surrogate counts 3 bytes, as the encoder's replacement does).</summary>
    public int At(int position)
    {
        while (_chars > position)
        {
            char c = _text[_chars - 1];
            if (char.IsLowSurrogate(c) && _chars >= 2 && char.IsHighSurrogate(_text[_chars - 2]))
            {
                _bytes -= 4;
                _chars -= 2;
                continue;
            }

            _bytes -= Length(c);
            _chars--;
        }

        while (_chars < position)
        {
            _bytes += SizeAt(_text, _chars, out int units);
            _chars += units;
        }

        return _bytes;
    }

    /// <summary>
    /// The UTF-8 bytes of the character at <paramref name="i"/>, and its UTF-16 units: 2 for a
    /// surrogate pair (4 bytes), else 1 (a lone surrogate counts 3 bytes, as the encoder's replacement does).
    /// </summary>
    public static int SizeAt(string text, int i, out int units)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            units = 2;
            return 4;
        }

        units = 1;
        return Length(c);
    }

    private static int Length(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
}
