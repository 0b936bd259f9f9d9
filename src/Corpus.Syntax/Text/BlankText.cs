namespace Corpus.Syntax.Text;

/// <summary>
/// Text a reader cannot see: white space of any kind (a no-break space, U+2000–U+200A, U+202F,
/// U+3000, line breaks, tabs) and the zero-width U+200B, U+2060 and U+FEFF. A value, a name or
/// an annotated span made only of these is as empty as one made of nothing, and is reported so.
/// </summary>
internal static class BlankText
{
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>Whether every character of the text is blank (true for the empty text).</summary>
    public static bool IsBlank(string text) => IsBlank(text, 0, text.Length);

    /// <summary>Whether every character from <paramref name="start"/> up to <paramref name="end"/> is blank; no copy is made.</summary>
    public static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!IsBlank(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
