using System;
using System.Text;

namespace Corpus.Model;

/// <summary>
/// Reads an article's record: a sequence of integers, each written as base-32 digits in
/// printable ASCII (so the generator can put it in a UTF-8 literal as it is, without escapes):
/// a digit that continues a number is <c>'&lt;' + d</c> (0x3C–0x5B), the last digit of a number
/// is <c>']' + d</c> (0x5D–0x7C); the integer is zigzag-encoded, so -1 is one digit.
/// The generator's <c>RecordWriter</c> writes this encoding; the two must change together
/// (<see cref="Version"/>, the first number of every record, guards the pairing).
/// </summary>
internal ref struct RecordReader
{
    /// <summary>The layout version this reader understands.</summary>
    public const int Version = 3;

    private const byte ContinueBase = 0x3C;
    private const byte FinalBase = 0x5D;

    private readonly ReadOnlySpan<byte> _data;

    public RecordReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        Position = position;
    }

    /// <summary>The byte offset of the next number.</summary>
    public int Position { get; private set; }

    public int Next()
    {
        uint value = 0;
        while (true)
        {
            byte b = _data[Position++];
            if (b >= FinalBase)
            {
                value = (value << 5) | (uint)(b - FinalBase);
                return (int)(value >> 1) ^ -(int)(value & 1);
            }

            value = (value << 5) | (uint)(b - ContinueBase);
        }
    }

    /// <summary>Passes over <paramref name="count"/> numbers without decoding them.</summary>
    public void Skip(int count)
    {
        for (; count > 0; count--)
        {
            while (_data[Position++] < FinalBase)
            {
            }
        }
    }

    /// <summary>
    /// Reads a text reference: a part count (-1 for none), then per part either
    /// <c>chunk, offset, length</c> (UTF-8 bytes in a chunk) or <c>-1 - index</c> (a UTF-16
    /// string of the store). Returns null for none.
    /// </summary>
    public string? ReadText(ArticleStore store)
    {
        int parts = Next();
        if (parts < 0)
        {
            return null;
        }

        if (parts == 1)
        {
            return ReadPart(store);
        }

        var builder = new StringBuilder();
        for (int i = 0; i < parts; i++)
        {
            builder.Append(ReadPart(store));
        }

        return builder.ToString();
    }

    /// <summary>Reads <c>count</c>, then that many text references (none of them null).</summary>
    public string[] ReadTexts(ArticleStore store)
    {
        int count = Next();
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var texts = new string[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = ReadText(store) ?? string.Empty;
        }

        return texts;
    }

    /// <summary>Passes over one text reference.</summary>
    public void SkipText()
    {
        int parts = Next();
        for (int i = 0; i < parts; i++)
        {
            if (Next() >= 0)
            {
                Skip(2);
            }
        }
    }

    private string ReadPart(ArticleStore store)
    {
        int chunk = Next();
        if (chunk < 0)
        {
            return store.GetString(-1 - chunk);
        }

        int offset = Next();
        int length = Next();
        return Encoding.UTF8.GetString(store.GetChunk(chunk).Slice(offset, length));
    }
}
