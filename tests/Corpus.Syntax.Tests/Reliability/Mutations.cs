using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// Generators of hostile inputs: real articles under grammar-aware mutations (the format's own
/// tokens inserted, ranges deleted or duplicated, truncation), random bytes decoded as UTF-8,
/// and random strings over an alphabet of markup, line breaks and odd code units.
/// </summary>
internal static class Mutations
{
    /// <summary>Pieces of the grammar and the characters that break naive parsers.</summary>
    public static readonly string[] Tokens =
    {
        "[", "]", "{", "}", "“", "”", "\"", "\\", "{@", "@", "@china", "@nobody", "{@china}", "]{@china}", "”{@xi-jinping}",
        "{says @china}", "{term}", "{@china #n}", "#n", " direct", " partial", "{}", "{@}", "{says}", "\n", "\n\n", "\r\n", "\r",
        "---\n", "---", "title: ", "id: ", "summary: [", "x-k: ", "@a person\nname: A\n", "name:", ":", ";", "#",
        "\u2028", "\u2029", "\u0085", "\0", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\u0301", "\uFFFD", "\t", " ",
    };

    /// <summary>Characters the random strings are made of, weighted toward markup.</summary>
    private static readonly char[] Alphabet = "[]{}“”\"\\@#:;-\n\r\t ax1A.\u2028\u0085\0\uD800\uDC00\u0301".ToCharArray();

    private enum Kind
    {
        Insert,
        Delete,
        Duplicate,
        Replace,
    }

    /// <summary>A real article with one to eight mutations.</summary>
    public static Gen<string> MutatedArticle() =>
        from article in Gen.Elements(RealTexts.Articles.ToArray())
        from count in Gen.Choose(1, 8)
        from edits in Gen.ArrayOf(Edit(), count)
        select Apply(article, edits);

    /// <summary>A real article cut at a random point.</summary>
    public static Gen<string> TruncatedArticle() =>
        from article in Gen.Elements(RealTexts.Articles.ToArray())
        from fraction in Gen.Choose(0, 10_000)
        select article.Substring(0, (int)((long)article.Length * fraction / 10_000));

    /// <summary>Random bytes, decoded as the tools decode a file (invalid sequences become U+FFFD).</summary>
    public static Gen<string> RandomBytes() =>
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(bytes => Encoding.UTF8.GetString(bytes));

    /// <summary>Random text over the markup alphabet, sometimes behind a front matter.</summary>
    public static Gen<string> MarkupSoup() =>
        from chars in Gen.ArrayOf(Gen.Elements(Alphabet))
        from header in Gen.Elements(string.Empty, "---\ntitle: T\n---\n", "---\n")
        select header + new string(chars);

    /// <summary>Any of the above.</summary>
    public static Gen<string> Any() => Gen.OneOf(MutatedArticle(), MutatedArticle(), TruncatedArticle(), RandomBytes(), MarkupSoup());

    private static Gen<(Kind Kind, int At, int Length, string Token)> Edit() =>
        from kind in Gen.Elements(Kind.Insert, Kind.Insert, Kind.Delete, Kind.Duplicate, Kind.Replace)
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 40)
        from token in Gen.Elements(Tokens)
        select (kind, at, length, token);

    private static string Apply(string text, IEnumerable<(Kind Kind, int At, int Length, string Token)> edits)
    {
        var builder = new StringBuilder(text);
        foreach ((Kind kind, int rawAt, int rawLength, string token) in edits)
        {
            int at = builder.Length == 0 ? 0 : rawAt % (builder.Length + 1);
            int length = Math.Min(rawLength, builder.Length - at);
            switch (kind)
            {
                case Kind.Insert:
                    builder.Insert(at, token);
                    break;
                case Kind.Delete:
                    builder.Remove(at, length);
                    break;
                case Kind.Duplicate:
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                default:
                    builder.Remove(at, length).Insert(at, token);
                    break;
            }
        }

        return builder.ToString();
    }
}
