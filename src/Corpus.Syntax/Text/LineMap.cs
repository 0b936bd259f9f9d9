using System;
using System.Collections.Generic;

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

    public LineMap(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        var starts = new List<int>();
        var lengths = new List<int>();
        // A byte-order mark that survived decoding is not part of the first line.
        int lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int i = lineStart;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                starts.Add(lineStart);
                lengths.Add(i - lineStart);
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lineStart = i;
            }
            else
            {
                i++;
            }
        }

        starts.Add(lineStart);
        lengths.Add(text.Length - lineStart);
        _starts = starts.ToArray();
        _lengths = lengths.ToArray();
    }

    public string Text { get; }

    public int LineCount => _starts.Length;

    /// <summary>The line with the given 1-based number.</summary>
    public SourceLine GetLine(int number) => new(number, _starts[number - 1], _lengths[number - 1]);

    public string GetLineText(int number) => Text.Substring(_starts[number - 1], _lengths[number - 1]);

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
        int endLine = GetLineNumber(end);
        return new SourceSpan(
            start,
            end - start,
            line,
            start - _starts[line - 1] + 1,
            endLine,
            end - _starts[endLine - 1] + 1);
    }

    private int Clamp(int offset) => Math.Min(Math.Max(offset, 0), Text.Length);
}
