using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes corpus text as C# string literals that hold exactly the original characters and
/// can never end early: quotes and backslashes are escaped, and so is every character C#
/// treats as a line break (including U+2028, U+2029 and U+0085), every control and format
/// character (bidirectional marks cannot reorder the code as displayed) and every surrogate.
/// </summary>
internal static class CSharpLiteral
{
    public static string Quote(string? text) => text is null ? "null" : Append(new StringBuilder(text.Length + 2), text, 0, text.Length).ToString();

    public static StringBuilder Append(StringBuilder builder, string text, int start, int length) =>
        AppendContent(builder.Append('"'), text, start, length).Append('"');

    /// <summary>
    /// Appends the characters as they go between the quotes of a literal. Characters that need
    /// no escape are appended in runs, not one by one: this is the bulk of a corpus's text.
    /// </summary>
    public static StringBuilder AppendContent(StringBuilder builder, string text, int start, int length)
    {
        int end = start + length;
        int run = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c >= 0x20 && c < 0x7F => null, // printable ASCII
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is not null)
            {
                builder.Append(text, run, i - run).Append(escape);
                run = i + 1;
            }
        }

        return builder.Append(text, run, end - run);
    }

    /// <summary>Whether the range holds a surrogate without its partner, which UTF-8 cannot encode.</summary>
    public static bool HasLoneSurrogate(string text, int start, int length)
    {
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsEscape(char c)
    {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
    }
}
