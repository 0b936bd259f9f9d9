using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>Checks that concern the file as a whole rather than its grammar.</summary>
internal static class SourceChecks
{
    /// <summary>
    /// The largest file compiled, in UTF-16 code units. The parser is linear, but the whole
    /// text ends up in one assembly; past this a corpus should be split (see docs/benchmarks.md).
    /// </summary>
    public const int MaxFileLength = 50_000_000;

    /// <summary>Reports CG0003 and returns true when the file is too large to compile.</summary>
    public static bool IsTooLarge(string filePath, string text, out Diagnostics.CorpusDiagnostic? diagnostic)
    {
        diagnostic = null;
        if (text.Length <= MaxFileLength)
        {
            return false;
        }

        diagnostic = Diagnostics.CorpusDiagnostic.Create(DiagnosticDescriptors.InputTooLarge, filePath, new SourceSpan(0, 0, 1, 1, 1, 1), text.Length, MaxFileLength);
        return true;
    }

    /// <summary>Reports an empty file, the first U+FFFD (which a decoder leaves where bytes were not UTF-8) and each line's stray byte-order mark.</summary>
    public static bool Check(DiagnosticBag diagnostics, LineMap lines, bool isRegistry)
    {
        string text = lines.Text;
        int firstChar = lines.GetLineStart(1); // after the byte-order mark the line map skipped
        bool empty = IsBlankRange(text, firstChar, text.Length - firstChar);

        // Both marks are searched in the whole text at once (the common file holds neither),
        // and only a file that holds one is read line by line for the diagnostics.
        bool replacement = text.IndexOf('\uFFFD', firstChar) >= 0;
        bool byteOrderMark = text.IndexOf('\uFEFF', firstChar) >= 0;
        if (replacement || byteOrderMark)
        {
            ReportMarks(diagnostics, lines);
        }

        if (empty && !isRegistry)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyFile, 0, 0, FileNames.GetFileName(diagnostics.FilePath));
        }

        return empty;
    }

    /// <summary>Whether the range holds only spaces, tabs and line breaks: the file's lines are all blank.</summary>
    private static bool IsBlankRange(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return false;
            }
        }

        return true;
    }

    private static void ReportMarks(DiagnosticBag diagnostics, LineMap lines)
    {
        bool reportedReplacement = false;
        for (int number = 1; number <= lines.LineCount; number++)
        {
            string content = lines.GetLineText(number);

            // Once per file: a file with one damaged character was decoded with the wrong
            // encoding as a whole, and re-saving it fixes them all.
            int bad = reportedReplacement ? -1 : content.IndexOf('\uFFFD');
            if (bad >= 0)
            {
                reportedReplacement = true;
                diagnostics.Add(DiagnosticDescriptors.InvalidEncoding, lines.GetLine(number).Start + bad, 1, Context(content, bad));
            }

            // The line map has already skipped the one at the start of the file, which is allowed.
            int mark = content.IndexOf('\uFEFF');
            if (mark >= 0)
            {
                diagnostics.Add(DiagnosticDescriptors.StrayByteOrderMark, lines.GetLine(number).Start + mark, 1, Context(content, mark).Replace("\uFEFF", string.Empty));
            }
        }
    }

    /// <summary>
    /// A registry or front-matter line with a stray byte-order mark before its first word (a
    /// file pasted onto the end of another) read as if the mark were a space: CG0005 reports it,
    /// and the header or key after it is not lost as well. Same length, so columns are unchanged.
    /// </summary>
    public static string WithoutLeadingMark(string line)
    {
        int first = KeyValueLine.SkipBlanks(line, 0);
        return first < line.Length && line[first] == '\uFEFF'
            ? line.Substring(0, first) + " " + line.Substring(first + 1)
            : line;
    }

    /// <summary>Ten characters either side of <paramref name="at"/>, for a message to quote.</summary>
    private static string Context(string line, int at)
    {
        int from = System.Math.Max(0, at - 10);
        return line.Substring(from, System.Math.Min(line.Length - from, 20));
    }
}
