using System.Text;

namespace Corpus.Cli.Render;

/// <summary>HTML escaping: every text and attribute value the renderer writes goes through here.</summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    public static StringBuilder Text(this StringBuilder builder, string? text) => builder.Append(Escape(text));
}
