namespace Corpus.Syntax.Naming;

/// <summary>The id grammar of FORMAT.md: <c>[a-z0-9]+(-[a-z0-9]+)*</c>.</summary>
public static class Ids
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        bool previousWasHyphen = true; // forbids a leading hyphen
        foreach (char c in id!)
        {
            if (c == '-')
            {
                if (previousWasHyphen)
                {
                    return false;
                }

                previousWasHyphen = true;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                previousWasHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !previousWasHyphen;
    }

    /// <summary>
    /// A kebab-case spelling of an arbitrary string ("Victor_Cha" → "victor-cha"), used
    /// to suggest a valid id; null when nothing usable is left.
    /// </summary>
    public static string? Suggest(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        bool pendingHyphen = false;
        foreach (char raw in Decompose(text))
        {
            System.Globalization.UnicodeCategory category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format)
            {
                continue; // "Über" suggests "uber", not "ber"; an invisible U+200B inside "chi\u200Bna" suggests "china"
            }

            char c = raw >= 'A' && raw <= 'Z' ? (char)(raw + ('a' - 'A')) : raw;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(System.Text.NormalizationForm.FormD);
        }
        catch (System.ArgumentException)
        {
            return text; // invalid UTF-16: suggest from what is there
        }
    }
}
