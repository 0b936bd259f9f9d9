using System.Globalization;

namespace Corpus.Syntax.Text;

/// <summary>
/// Names the characters a message cannot show: an id that looks right but holds a zero-width
/// space or a no-break space is otherwise an error nobody can see.
/// </summary>
internal static class Invisible
{
    /// <summary>" (it holds the invisible character U+200B)" for the first such character, or "".</summary>
    public static string Describe(string text)
    {
        foreach (char c in text)
        {
            if (IsInvisible(c))
            {
                return " (it holds the invisible character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")";
            }
        }

        return string.Empty;
    }

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.SpaceSeparator => c != ' ',
        _ => false,
    };
}
