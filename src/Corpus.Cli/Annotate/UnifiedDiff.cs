using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Cli.Annotate;

/// <summary>
/// A unified diff of two versions of a file that have the same lines, changed in place: what
/// annotating does, since it only inserts markup within lines. Linear: line i of one is line i
/// of the other. Hunks carry three lines of context, as <c>diff -u</c> does.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldPath, string newPath, string oldText, string newText)
    {
        string[] a = Lines(oldText);
        string[] b = Lines(newText);
        if (a.Length != b.Length)
        {
            throw new System.ArgumentException("annotating never adds or removes a line");
        }

        var changed = new List<int>();
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                changed.Add(i);
            }
        }

        return changed.Count == 0 ? string.Empty : BuildHunks(oldPath, newPath, a, b, changed);
    }

    private static string BuildHunks(string oldPath, string newPath, string[] a, string[] b, List<int> changed)
    {
        var output = new StringBuilder();
        output.Append("--- ").Append(oldPath).Append('\n');
        output.Append("+++ ").Append(newPath).Append('\n');
        int k = 0;
        while (k < changed.Count)
        {
            int first = changed[k];
            int last = first;
            while (k + 1 < changed.Count && changed[k + 1] - last <= 2 * Context)
            {
                k++;
                last = changed[k];
            }

            k++;
            int from = System.Math.Max(0, first - Context);
            int to = System.Math.Min(a.Length - 1, last + Context);
            int count = to - from + 1;
            output.Append("@@ -").Append(Range(from, count)).Append(" +").Append(Range(from, count)).Append(" @@\n");
            int i = from;
            while (i <= to)
            {
                if (a[i] == b[i])
                {
                    output.Append(' ').Append(a[i]).Append('\n');
                    i++;
                    continue;
                }

                int runEnd = i;
                while (runEnd <= to && a[runEnd] != b[runEnd])
                {
                    runEnd++;
                }

                for (int r = i; r < runEnd; r++)
                {
                    output.Append('-').Append(a[r]).Append('\n');
                }

                for (int r = i; r < runEnd; r++)
                {
                    output.Append('+').Append(b[r]).Append('\n');
                }

                i = runEnd;
            }
        }

        return output.ToString();
    }

    private static string Range(int from, int count) =>
        (from + 1).ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lines at LF, CRLF or CR; a final line break does not start an empty line.</summary>
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines.ToArray();
    }
}
