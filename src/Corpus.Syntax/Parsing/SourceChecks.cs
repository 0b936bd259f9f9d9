using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>Checks that concern the file as a whole rather than its grammar.</summary>
internal static class SourceChecks
{
    /// <summary>Reports an empty file, and each line holding U+FFFD, which a decoder leaves where bytes were not UTF-8.</summary>
    public static bool Check(DiagnosticBag diagnostics, LineMap lines, bool isRegistry)
    {
        bool empty = true;
        for (int number = 1; number <= lines.LineCount; number++)
        {
            string content = lines.GetLineText(number);
            if (!KeyValueLine.IsBlankLine(content))
            {
                empty = false;
            }

            int bad = content.IndexOf('\uFFFD');
            if (bad >= 0)
            {
                int from = System.Math.Max(0, bad - 10);
                string context = content.Substring(from, System.Math.Min(content.Length - from, 20));
                diagnostics.Add(DiagnosticDescriptors.InvalidEncoding, lines.GetLine(number).Start + bad, 1, context);
            }
        }

        if (empty && !isRegistry)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyFile, 0, 0, FileNames.GetFileName(diagnostics.FilePath));
        }

        return empty;
    }
}
