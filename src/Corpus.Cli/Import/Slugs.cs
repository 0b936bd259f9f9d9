using AnyAscii;
using Corpus.Syntax.Naming;

namespace Corpus.Cli.Import;

/// <summary>
/// Kebab-case ids made from names. Names in any script are transliterated to ASCII first
/// (AnyAscii: Zürich → zurich, Αθήνα → athina, Москва → moskva, 北京 → beijing,
/// 𝐀lpha Corp → alpha-corp), so an id says whom it names; then anything that is not a
/// letter or digit becomes a hyphen.
/// </summary>
internal static class Slugs
{
    public static string? From(string text)
    {
        // Apostrophes are dropped, not hyphenated: O’Brien → obrien.
        string ascii = text.Replace("'", string.Empty, System.StringComparison.Ordinal).Replace("’", string.Empty, System.StringComparison.Ordinal).Transliterate();
        return Ids.Suggest(ascii.Replace("'", string.Empty, System.StringComparison.Ordinal));
    }
}
