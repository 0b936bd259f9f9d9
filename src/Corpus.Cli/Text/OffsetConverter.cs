using System;

namespace Corpus.Cli.Text;

/// <summary>
/// Converts between UTF-16 offsets of one text and offsets in another unit. A text with no
/// surrogate pair (nearly every text) converts by identity, without a table.
/// </summary>
internal sealed class OffsetConverter
{
    // _codePointAt[i] = number of code points before UTF-16 offset i (for i = 0 .. text.Length).
    private readonly int[]? _codePointAt;
    private readonly int[]? _utf16At;

    private OffsetConverter(string text, OffsetUnit unit)
    {
        Text = text;
        Unit = unit;
        if (unit == OffsetUnit.Utf16 || !HasSurrogatePair(text))
        {
            return;
        }

        _codePointAt = new int[text.Length + 1];
        int count = 0;
        var utf16At = new System.Collections.Generic.List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            _codePointAt[i] = count;
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            utf16At.Add(i);
            count++;
            if (pair)
            {
                // An offset inside a pair is not a character boundary; it maps to the pair's end.
                _codePointAt[i + 1] = count;
                i++;
            }
        }

        _codePointAt[text.Length] = count;
        utf16At.Add(text.Length);
        _utf16At = utf16At.ToArray();
    }

    public string Text { get; }

    public OffsetUnit Unit { get; }

    /// <summary>The length of the text in the target unit.</summary>
    public int Length => FromUtf16(Text.Length);

    public static OffsetConverter For(string text, OffsetUnit unit) => new(text, unit);

    public int FromUtf16(int offset) => _codePointAt is null ? offset : _codePointAt[offset];

    /// <summary>The UTF-16 offset of an offset in the target unit; out-of-range offsets throw.</summary>
    public int ToUtf16(int offset)
    {
        if (_utf16At is null)
        {
            if (offset < 0 || offset > Text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            return offset;
        }

        return _utf16At[offset];
    }

    /// <summary>Whether <paramref name="offset"/> (in the target unit) lies within the text.</summary>
    public bool IsValid(int offset) => offset >= 0 && offset <= Length;

    private static bool HasSurrogatePair(string text)
    {
        foreach (char c in text)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
