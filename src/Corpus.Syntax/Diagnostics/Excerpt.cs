using System.Text;

namespace Corpus.Syntax.Diagnostics;

/// <summary>
/// The offending text as a message quotes it: on one line (MSBuild's format has one diagnostic
/// a line) and at most 60 characters, never cutting a surrogate pair. Only the characters the
/// excerpt can show are read, so quoting the rest of a 1 MB line costs what quoting 60 does:
/// a line of 40,000 unclosed annotations, each quoted to the end of its line, stays linear.
/// </summary>
internal static class Excerpt
{
    public const int MaxLength = 60;

    public static string Of(string text) => Of(text, null, 0, text.Length);

    public static string Of(string text, int start, int length) => Of(text, null, start, length);

    public static string Of(char[] chars, int start, int length) => Of(null, chars, start, length);

    private static string Of(string? text, char[]? chars, int start, int length)
    {
        var builder = new StringBuilder(System.Math.Min(length, MaxLength + 4));
        int end = start + length;
        // One character past the limit tells that the text is cut; the cut needs no more.
        for (int k = start; k < end && builder.Length <= MaxLength; k++)
        {
            char c = text is not null ? text[k] : chars![k];
            bool lineBreak = c == '\n' || c == '\r';
            if (lineBreak && builder.Length > 0 && builder[builder.Length - 1] == ' ')
            {
                continue;
            }

            builder.Append(lineBreak ? ' ' : c);
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        int cut = char.IsHighSurrogate(builder[56]) ? 56 : 57;
        return builder.ToString(0, cut) + "...";
    }
}
