using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Specs;

namespace Corpus.Generator.Emit;

/// <summary>
/// Lays out one output group's data: texts as UTF-8 and records as digits (see
/// <see cref="RecordDigits"/>), appended to chunks of at most <see cref="MaxChunkBytes"/>
/// bytes, each of which becomes one <c>u8</c> literal in a member of its own (Roslyn's
/// memory grows with the size of a single literal). A text is referenced from a record by
/// its parts: <c>count</c> (-1 for none), then per part <c>chunk, offset, length</c> in
/// bytes, or <c>-1 - index</c> for a piece kept as a UTF-16 string because it holds a lone
/// surrogate, which UTF-8 cannot encode. A record is never split, so it is read from one chunk.
/// </summary>
internal sealed class GroupDataWriter
{
    /// <summary>
    /// Well under the 1 MB per literal: Roslyn builds a node per byte of a u8 literal, and
    /// measured on the 10k corpus, 768 KB chunks took 4.0 GB of compiler memory where 64 KB
    /// chunks took 1.9 GB in about the same time; 256 KB keeps the chunk count of a group small
    /// (its dispatch is a switch) while most of that saving remains.
    /// </summary>
    public const int MaxChunkBytes = 256 * 1024;

    /// <summary>Pieces of a text with a lone surrogate are cut at this many UTF-16 units (each a string literal or a UTF-8 part).</summary>
    public const int MaxStringLength = 256 * 1024;

    private readonly List<StringBuilder> _chunks = new();
    private readonly List<string> _strings = new();
    private int _bytes;

    /// <summary>The C# content of each chunk's literal (escaped, without quotes).</summary>
    public IReadOnlyList<StringBuilder> Chunks => _chunks;

    /// <summary>Texts kept as UTF-16, by index.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>Appends a text (or its absence) and adds its reference to the record.</summary>
    public void Text(List<int> record, string? text)
    {
        if (text is null)
        {
            record.Add(-1);
            return;
        }

        int countAt = record.Count;
        record.Add(0);
        if (!CSharpLiteral.HasLoneSurrogate(text, 0, text.Length))
        {
            record[countAt] = Utf8Parts(record, text, 0, text.Length);
            return;
        }

        int parts = 0;
        for (int start = 0; start < text.Length;)
        {
            int length = System.Math.Min(MaxStringLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--; // a pair stays in one piece
            }

            if (CSharpLiteral.HasLoneSurrogate(text, start, length))
            {
                record.Add(-1 - _strings.Count);
                _strings.Add(text.Substring(start, length));
                parts++;
            }
            else
            {
                parts += Utf8Parts(record, text, start, length);
            }

            start += length;
        }

        record[countAt] = parts;
    }

    /// <summary>Appends a list of texts: its count, then each one.</summary>
    public void Texts(List<int> record, IReadOnlyList<string> texts)
    {
        record.Add(texts.Count);
        foreach (string text in texts)
        {
            Text(record, text);
        }
    }

    /// <summary>Appends a finished record, whole in one chunk, and returns where it starts.</summary>
    public (int Chunk, int Offset) Record(List<int> record)
    {
        int length = RecordDigits.Length(record);
        if (_chunks.Count == 0 || (_bytes > 0 && _bytes + length > MaxChunkBytes))
        {
            NewChunk();
        }

        int offset = _bytes;
        _bytes += RecordDigits.Append(_chunks[_chunks.Count - 1], record);
        return (_chunks.Count - 1, offset);
    }

    /// <summary>Places UTF-8 text, in the current chunk when it fits, else from a new one, split only when longer than a chunk.</summary>
    private int Utf8Parts(List<int> record, string text, int start, int length)
    {
        int bytes = Utf8Length(text, start, length);
        if (_chunks.Count == 0 || (_bytes > 0 && _bytes + bytes > MaxChunkBytes && bytes <= MaxChunkBytes))
        {
            NewChunk();
        }

        int parts = 0;
        int end = start + length;
        do
        {
            if (_bytes + 4 > MaxChunkBytes)
            {
                NewChunk();
            }

            int room = MaxChunkBytes - _bytes;
            int taken = 0;
            int stop = start;
            if (bytes <= room)
            {
                // The common case: the rest of the text fits, no need to walk it again.
                taken = bytes;
                stop = end;
            }

            while (stop < end)
            {
                int size = Utf8Offsets.SizeAt(text, stop, out int units);
                if (taken + size > room)
                {
                    break;
                }

                taken += size;
                stop += units;
            }

            record.Add(_chunks.Count - 1);
            record.Add(_bytes);
            record.Add(taken);
            CSharpLiteral.AppendContent(_chunks[_chunks.Count - 1], text, start, stop - start);
            _bytes += taken;
            bytes -= taken;
            parts++;
            start = stop;
        }
        while (start < end);

        return parts;
    }

    private void NewChunk()
    {
        _chunks.Add(new StringBuilder());
        _bytes = 0;
    }

    private static int Utf8Length(string text, int start, int length)
    {
        int bytes = 0;
        for (int i = start; i < start + length;)
        {
            bytes += Utf8Offsets.SizeAt(text, i, out int units);
            i += units;
        }

        return bytes;
    }
}
