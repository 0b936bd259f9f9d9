// Linked into Corpus.Storage (the writer half) and Corpus.Model (the reader half): the encoding
// of numbers and texts is defined here once, each encoder beside its decoder.
using System;
using System.Text;

namespace Corpus.Storage;

#if !CORPUS_MODEL
/// <summary>Appends the corpus data's numbers and texts to a growing buffer.</summary>
internal sealed class DataWriter
{
    private byte[] _buffer;

    /// <param name="capacity">The bytes expected: a whole corpus's data is tens of megabytes, and
    /// growing to it by doubling would copy it about twice over.</param>
    public DataWriter(int capacity = 4096) => _buffer = new byte[Math.Max(capacity, 16)];

    public int Position { get; private set; }

    /// <summary>A fixed-width number, for the header and the offset tables (patched later with <see cref="PatchUInt32"/>).</summary>
    public void UInt32(uint value)
    {
        Ensure(4);
        PatchUInt32(Position, value);
        Position += 4;
    }

    public void PatchUInt32(int position, uint value)
    {
        _buffer[position] = (byte)value;
        _buffer[position + 1] = (byte)(value >> 8);
        _buffer[position + 2] = (byte)(value >> 16);
        _buffer[position + 3] = (byte)(value >> 24);
    }

    /// <summary>Seven bits a byte, low bits first; the high bit says another byte follows.</summary>
    public void Varint(uint value)
    {
        Ensure(5);
        while (value >= 0x80)
        {
            _buffer[Position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Position++] = (byte)value;
    }

    /// <summary>A signed number, zigzagged so that -1 (no speaker, outside the body) takes one byte.</summary>
    public void Int(int value) => Varint(unchecked((uint)((value << 1) ^ (value >> 31))));

    /// <summary>
    /// A text: 0 for null, else 1 + (byte length × 2 + encoding), then the bytes. UTF-8 unless
    /// the text has a lone surrogate, which UTF-8 cannot hold: then UTF-16 (little-endian), so
    /// every text reads back exactly.
    /// </summary>
    public void String(string? text)
    {
        if (text is null)
        {
            Varint(0);
            return;
        }

        bool utf16 = TextEncoding.HasLoneSurrogate(text);
        byte[] bytes = utf16 ? TextEncoding.Utf16Units(text) : TextEncoding.Utf8.GetBytes(text);
        Varint(1 + (((uint)bytes.Length << 1) | (utf16 ? 1u : 0u)));
        Bytes(bytes);
    }

    public void Strings(string[] texts)
    {
        Varint((uint)texts.Length);
        foreach (string text in texts)
        {
            String(text);
        }
    }

    /// <summary>A table of numbers: its row count, then each row's columns in order.</summary>
    public void Table(int[] cells, int width)
    {
        Varint((uint)(cells.Length / width));
        foreach (int cell in cells)
        {
            Int(cell);
        }
    }

    /// <summary>The bytes written. The writer is finished then: when its buffer is exactly full, the buffer itself is returned.</summary>
    public byte[] ToArray()
    {
        if (Position == _buffer.Length)
        {
            return _buffer;
        }

        byte[] result = new byte[Position];
        Buffer.BlockCopy(_buffer, 0, result, 0, Position);
        return result;
    }

    /// <summary>Bytes as they are: a text's encoding, or a record laid out before (its offsets are relative to its start).</summary>
    public void Bytes(byte[] bytes)
    {
        Ensure(bytes.Length);
        Buffer.BlockCopy(bytes, 0, _buffer, Position, bytes.Length);
        Position += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (Position + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Position + more));
        }
    }
}
#else
/// <summary>Reads what <c>DataWriter</c> wrote, from the resource's bytes in place.</summary>
internal ref struct DataReader
{
    private readonly ReadOnlySpan<byte> _data;

    public DataReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        Position = position;
    }

    public int Position { get; private set; }

    public static uint UInt32At(ReadOnlySpan<byte> data, int position) =>
        data[position] | ((uint)data[position + 1] << 8) | ((uint)data[position + 2] << 16) | ((uint)data[position + 3] << 24);

    public uint Varint()
    {
        uint value = 0;
        int shift = 0;
        byte b;
        do
        {
            b = _data[Position++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && shift < 35);

        return value;
    }

    public int Int()
    {
        uint value = Varint();
        return unchecked((int)(value >> 1) ^ -(int)(value & 1));
    }

    public string? String()
    {
        if (!StringBytes(out int start, out int length, out bool utf16))
        {
            return null;
        }

        ReadOnlySpan<byte> bytes = _data.Slice(start, length);
        return utf16 ? TextEncoding.FromUtf16Units(bytes) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Where a text's bytes are, without decoding them (false for null).</summary>
    public bool StringBytes(out int start, out int length, out bool utf16)
    {
        uint header = Varint();
        if (header == 0)
        {
            start = length = 0;
            utf16 = false;
            return false;
        }

        header--;
        utf16 = (header & 1) != 0;
        length = (int)(header >> 1);
        start = Position;
        Position += length;
        return true;
    }

    public string[] Strings()
    {
        int count = (int)Varint();
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var texts = new string[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = String() ?? string.Empty;
        }

        return texts;
    }

    /// <summary>A table written by <c>DataWriter.Table</c>: its cells, row after row.</summary>
    public int[] Table(int width)
    {
        int rows = (int)Varint();
        if (rows == 0)
        {
            return Array.Empty<int>();
        }

        var cells = new int[rows * width];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = Int();
        }

        return cells;
    }
}
#endif

/// <summary>The text encodings of the data, shared by both halves.</summary>
internal static class TextEncoding
{
    /// <summary>Strict UTF-8 without a byte-order mark.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

#if !CORPUS_MODEL
    /// <summary>
    /// The text's UTF-16 code units, little-endian, as they are: Encoding.Unicode would replace a
    /// lone surrogate with U+FFFD, and keeping it is the reason to store UTF-16 at all.
    /// </summary>
    public static byte[] Utf16Units(string text)
    {
        var bytes = new byte[text.Length * 2];
        for (int i = 0; i < text.Length; i++)
        {
            bytes[2 * i] = (byte)text[i];
            bytes[(2 * i) + 1] = (byte)(text[i] >> 8);
        }

        return bytes;
    }
#else
    /// <summary>The reverse of <c>Utf16Units</c>: every code unit kept, lone surrogates included.</summary>
    public static string FromUtf16Units(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }
#endif

    public static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
