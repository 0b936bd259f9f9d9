using System.Collections.Generic;
using System.Text;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>Slices a text by exported offsets, the way a consumer of the export would.</summary>
internal static class Offsets
{
    /// <summary>
    /// <c>text[start..end)</c> in the given unit: "utf16" as .NET and JavaScript index strings,
    /// "codepoint" as Python does (written here independently of the tool's converter).
    /// </summary>
    public static string Slice(string text, int start, int end, string unit)
    {
        if (unit == "utf16")
        {
            return text.Substring(start, end - start);
        }

        var runes = new List<Rune>();
        foreach (Rune rune in text.EnumerateRunes())
        {
            runes.Add(rune);
        }

        var builder = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            builder.Append(runes[i].ToString());
        }

        return builder.ToString();
    }
}
