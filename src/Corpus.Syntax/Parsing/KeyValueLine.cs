using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>
/// A <c>key: value</c> line, shared by registries and front matter. Offsets are in the
/// original file so diagnostics can point at the key or at the value.
/// </summary>
internal readonly record struct KeyValueLine(string Key, int KeyStart, string Value, int ValueStart)
{
    /// <summary>Splits at the first ':'; the key must be non-empty and made of a-z, 0-9, '-' or '_'.</summary>
    public static bool TryParse(string text, int lineStart, out KeyValueLine line)
    {
        line = default;
        int colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        int keyStart = SkipBlanks(text, 0);
        int keyEnd = colon;
        while (keyEnd > keyStart && IsBlank(text[keyEnd - 1]))
        {
            keyEnd--;
        }

        if (keyEnd == keyStart)
        {
            return false;
        }

        for (int i = keyStart; i < keyEnd; i++)
        {
            char c = text[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
            {
                return false;
            }
        }

        int valueStart = SkipBlanks(text, colon + 1);
        int valueEnd = text.Length;
        while (valueEnd > valueStart && IsBlank(text[valueEnd - 1]))
        {
            valueEnd--;
        }

        // Only spaces and tabs are trimmed from a value; one made only of invisible white space
        // (a no-break space, an em space, a zero-width space) is as empty as one made of nothing,
        // so 'title: \u00A0' is a missing title and 'name: \u00A0' a missing name, not an invisible one.
        line = new KeyValueLine(
            text.Substring(keyStart, keyEnd - keyStart),
            lineStart + keyStart,
            BlankText.IsBlank(text, valueStart, valueEnd) ? string.Empty : text.Substring(valueStart, valueEnd - valueStart),
            lineStart + valueStart);
        return true;
    }

    public static bool IsBlank(char c) => c == ' ' || c == '\t';

    public static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && IsBlank(text[index]))
        {
            index++;
        }

        return index;
    }

    public static bool IsBlankLine(string text) => SkipBlanks(text, 0) == text.Length;
}
