using System;

namespace Corpus.Syntax.Text;

/// <summary>
/// Splits a file into lines at LF, CRLF and lone CR only, and turns offsets into
/// 1-based line/column positions. Roslyn's SourceText would also break at U+2028,
/// U+2029 and U+0085, which the format treats as ordinary characters.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int[] _lengths;

    private static readonly char[] LineBreaks = { '\n', '\r' };

    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimized)]
    public LineMap(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        // Arrays grown by hand rather than two List<int> and their copies: a map is built for
        // every file of every cold run, and most files have a few dozen lines.
        var starts = new int[16];
        var lengths = new int[16];
        int count = 0;
        // A byte-order mark that survived decoding is not part of the first line.
        int lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int i = lineStart;
        // The runtime searches for the break characters in bulk, not one char at a time; a file
        // without CR (the common one, checked in one pass) is searched for LF alone, which is faster.
        bool anyCarriageReturn = text.IndexOf('\r', i) >= 0;
        while (i < text.Length)
        {
            int brk = anyCarriageReturn ? text.IndexOfAny(LineBreaks, i) : text.IndexOf('\n', i);
            if (brk < 0)
            {
                break;
            }

            Add(ref starts, ref lengths, ref count, lineStart, brk - lineStart);
            i = brk + (text[brk] == '\r' && brk + 1 < text.Length && text[brk + 1] == '\n' ? 2 : 1);
            lineStart = i;
        }

        Add(ref starts, ref lengths, ref count, lineStart, text.Length - lineStart);
        if (count < starts.Length)
        {
            Array.Resize(ref starts, count);
            Array.Resize(ref lengths, count);
        }

        _starts = starts;
        _lengths = lengths;
    }

    public string Text { get; }

    public int LineCount => _starts.Length;

    /// <summary>The line with the given 1-based number.</summary>
    public SourceLine GetLine(int number) => new(number, _starts[number - 1], _lengths[number - 1]);

    public string GetLineText(int number) => Text.Substring(_starts[number - 1], _lengths[number - 1]);

    /// <summary>The offset of the first character of the 1-based line <paramref name="number"/>.</summary>
    public int GetLineStart(int number) => _starts[number - 1];

    /// <summary>The length of the 1-based line <paramref name="number"/>, without its line break.</summary>
    public int GetLineLength(int number) => _lengths[number - 1];

    /// <summary>The 1-based line that holds <paramref name="offset"/>.</summary>
    public int GetLineNumber(int offset)
    {
        int index = Array.BinarySearch(_starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return Math.Max(index, 0) + 1;
    }

    public SourceSpan GetSpan(int start, int length)
    {
        start = Math.Max(Clamp(start), _starts[0]); // a byte-order mark is not a column
        int end = Clamp(start + Math.Max(length, 0));
        int line = GetLineNumber(start);
        // Most spans end on the line they start on: that is checked before a second search.
        int endLine = line == _starts.Length || end < _starts[line] ? line : GetLineNumber(end);
        return new SourceSpan(
            start,
            end - start,
            line,
            start - _starts[line - 1] + 1,
            endLine,
            end - _starts[endLine - 1] + 1);
    }

    private static void Add(ref int[] starts, ref int[] lengths, ref int count, int start, int length)
    {
        if (count == starts.Length)
        {
            Array.Resize(ref starts, count * 2);
            Array.Resize(ref lengths, count * 2);
        }

        starts[count] = start;
        lengths[count] = length;
        count++;
    }

    private int Clamp(int offset) => Math.Min(Math.Max(offset, 0), Text.Length);
}
