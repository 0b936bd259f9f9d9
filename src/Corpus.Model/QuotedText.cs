using System.Text;

namespace Corpus.Model;

/// <summary>
/// The typographic convention for quotations over several paragraphs: each continuing
/// paragraph opens with a quotation mark that is not part of the words.
/// </summary>
internal static class QuotedText
{
    public static string Extract(string text, int start, int length) => Clean(text.Substring(start, length));

    /// <summary>The words of a quotation's content, without the marks that open continuing paragraphs.</summary>
    public static string Clean(string content)
    {
        if (content.IndexOf("\n\n", System.StringComparison.Ordinal) < 0)
        {
            return content;
        }

        var builder = new StringBuilder(content.Length);
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            bool continuationMark = (c == '“' || c == '"') && i >= 2 && content[i - 1] == '\n' && content[i - 2] == '\n';
            if (!continuationMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
