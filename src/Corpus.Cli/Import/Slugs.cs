using System.Globalization;
using System.Text;
using Corpus.Syntax.Naming;

namespace Corpus.Cli.Import;

/// <summary>Kebab-case ids made from names: accents dropped (Zürich → zurich), anything else a hyphen.</summary>
internal static class Slugs
{
    public static string? From(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // Apostrophes are dropped, not hyphenated: O’Brien → obrien.
                if (c is not ('\'' or '’'))
                {
                    builder.Append(c);
                }
            }
        }

        return Ids.Suggest(builder.ToString());
    }
}
