using System.Text;

namespace Corpus.Syntax.Diagnostics;

/// <summary>
/// Makes a diagnostic's message safe to print: corpus text quoted in it must not act on the
/// terminal or the build log that shows it. An ESC sequence could recolour the output or set the
/// window title, a bidi override could reorder what is read, a line or paragraph separator could
/// split one diagnostic into two lines. Each such character is written as <c>\uXXXX</c>.
/// </summary>
public static class MessageText
{
    /// <summary>
    /// The message with every C0 and C1 control (tab and line breaks included), DEL, bidi
    /// control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), U+2028, U+2029 and
    /// unpaired surrogate written as <c>\uXXXX</c>. Idempotent: the escape is printable ASCII.
    /// </summary>
    public static string Escape(string message)
    {
        int first = 0;
        while (first < message.Length && !MustEscape(message, first))
        {
            first++;
        }

        if (first == message.Length)
        {
            return message;
        }

        var builder = new StringBuilder(message.Length + 16);
        builder.Append(message, 0, first);
        for (int k = first; k < message.Length; k++)
        {
            if (MustEscape(message, k))
            {
                builder.Append("\\u").Append(((int)message[k]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(message[k]);
            }
        }

        return builder.ToString();
    }

    private static bool MustEscape(string text, int k)
    {
        char c = text[k];
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        {
            return true;
        }

        if (c < 0x061C)
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return k + 1 >= text.Length || !char.IsLowSurrogate(text[k + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return k == 0 || !char.IsHighSurrogate(text[k - 1]);
        }

        return c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069');
    }
}
