namespace Corpus.Generator.Specs;

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
            char c = _text[_chars];
            if (char.IsHighSurrogate(c) && _chars + 1 < _text.Length && char.IsLowSurrogate(_text[_chars + 1]))
            {
                _bytes += 4;
                _chars += 2;
                continue;
            }

            _bytes += Length(c);
            _chars++;
        }

        return _bytes;
    }

    private static int Length(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
}
