using System;
using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>Just enough HTML reading for the site tests: links, ids and the text of an element.</summary>
internal static partial class HtmlPage
{
    public static IEnumerable<string> Links(string html)
    {
        foreach (Match match in LinkAttribute().Matches(html))
        {
            yield return WebUtility.HtmlDecode(match.Groups[2].Value);
        }
    }

    public static HashSet<string> Ids(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(html))
        {
            ids.Add(WebUtility.HtmlDecode(match.Groups[1].Value));
        }

        return ids;
    }

    /// <summary>
    /// The text (tags removed, entities decoded) of each <c>&lt;span&gt;</c> whose start tag
    /// matches <paramref name="startTag"/>, up to its balanced closing tag.
    /// </summary>
    public static List<string> SpanTexts(string html, string startTag)
    {
        var texts = new List<string>();
        foreach (Match match in Regex.Matches(html, startTag, RegexOptions.CultureInvariant))
        {
            int depth = 1, at = match.Index + match.Length;
            int end = at;
            foreach (Match tag in SpanTag().Matches(html, at))
            {
                depth += tag.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
                if (depth == 0)
                {
                    end = tag.Index;
                    break;
                }
            }

            texts.Add(WebUtility.HtmlDecode(AnyTag().Replace(html[at..end], string.Empty)));
        }

        return texts;
    }

    [GeneratedRegex(@"\b(href|src)=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"\bid=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"</?span\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex SpanTag();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
