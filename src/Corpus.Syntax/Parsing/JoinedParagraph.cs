using System.Collections.Generic;

namespace Corpus.Syntax.Parsing;

/// <summary>
/// One paragraph's trimmed lines joined with a single space, and where each of its characters
/// came from in the file. The origin is kept per line, not per character: a paragraph has a
/// handful of lines, and only annotations and diagnostics ask where a character was. The buffer
/// is reused from paragraph to paragraph, so a field allocates it once, at its longest paragraph.
/// </summary>
internal sealed class JoinedParagraph
{
    private char[] _chars = new char[256];
    private int[] _localStarts = new int[4];
    private int[] _fileStarts = new int[4];
    private int _lineCount;

    /// <summary>The characters; only the first <see cref="Length"/> belong to the paragraph.</summary>
    public char[] Chars => _chars;

    public int Length { get; private set; }

    /// <summary>Joins <paramref name="lines"/> of <paramref name="source"/>, replacing what was there.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Corpus.Syntax.Text.HotPath.Optimized)]
    public void Load(string source, IReadOnlyList<InlineParser.Segment> lines)
    {
        int count = lines.Count;
        int length = count - 1;
        for (int l = 0; l < count; l++)
        {
            length += lines[l].Length;
        }

        if (_chars.Length < length)
        {
            _chars = new char[System.Math.Max(length, _chars.Length * 2)];
        }

        if (_localStarts.Length < count)
        {
            _localStarts = new int[System.Math.Max(count, _localStarts.Length * 2)];
            _fileStarts = new int[_localStarts.Length];
        }

        int at = 0;
        for (int l = 0; l < count; l++)
        {
            InlineParser.Segment line = lines[l];
            if (l > 0)
            {
                _chars[at++] = ' '; // stands for the line break before this line
            }

            _localStarts[l] = at;
            _fileStarts[l] = line.Start;
            source.CopyTo(line.Start, _chars, at, line.Length);
            at += line.Length;
        }

        _lineCount = count;
        Length = length;
    }

    /// <summary>
    /// The file offset of character <paramref name="k"/>; a joining space is at the line break
    /// it stands for, just after the end of the line before it.
    /// </summary>
    public int Origin(int k)
    {
        int l = LineOf(k);
        return _fileStarts[l] + (k - _localStarts[l]);
    }

    /// <summary>The end of the file line that holds <paramref name="at"/> (the space that joins two lines ends it).</summary>
    public int EndOfLine(int at)
    {
        // The first joining space after 'at': the one that ends the line holding at + 1.
        int l = LineOf(at + 1);
        return l + 1 < _lineCount ? _localStarts[l + 1] - 1 : Length;
    }

    /// <summary>The last line that starts at or before <paramref name="k"/> (the joining space after a line belongs to it).</summary>
    private int LineOf(int k)
    {
        int low = 0;
        int high = _lineCount - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >> 1;
            if (_localStarts[middle] <= k)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
