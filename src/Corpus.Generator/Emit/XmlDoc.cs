using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Text for <c>/// &lt;summary&gt;</c> comments: XML-escaped, on one line (a line break, even
/// U+2028, would end the comment and let the rest of the text become code), and short.
/// </summary>
internal static class XmlDoc
{
    private const int MaxLength = 300;

    public static string Escape(string text)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, MaxLength) + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (builder.Length >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]); // a whole pair (an emoji, a rare ideograph) is kept
                continue;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                    // U+FFFE, U+FFFF and U+FDD0–U+FDEF are noncharacters, which XML does not allow (CS1570).
                    bool invisible = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c >= '\uFFFE' || (c >= '\uFDD0' && c <= '\uFDEF')
                        || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
                    builder.Append(invisible ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
