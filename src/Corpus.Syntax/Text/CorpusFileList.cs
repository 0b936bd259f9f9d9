using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Syntax.Text;

/// <summary>
/// Which AdditionalFiles are corpus files, as the one compiler-visible property
/// <c>build_property._CorpusFileList</c> that the package's targets write and the generator reads.
/// </summary>
/// <remarks>
/// Per-file item metadata (<c>CompilerVisibleItemMetadata</c>) would say the same, but MSBuild
/// writes it as one section of the generated .editorconfig per file, and the compiler matches
/// every file against every section: 10,000 articles cost 100 million matches, about 2 s of
/// every compiler run. One property is read once.
/// The value is the files' full paths joined by <c>|</c>. An .editorconfig value is one line,
/// trimmed, and older compilers (Roslyn 4.8) cut it at <c>#</c> or <c>;</c>, both legal in file
/// names; so every UTF-8 byte outside printable ASCII (the space included, which trimming would
/// eat at either end), and <c>%</c>, <c>#</c>, <c>;</c> and
/// <c>|</c>, is written as <c>%XX</c>. Paths are compared as <see cref="Normalize"/> reads them.
/// </remarks>
public static class CorpusFileList
{
    /// <summary>The MSBuild property (and, with <c>build_property.</c>, the generator's key).</summary>
    public const string PropertyName = "_CorpusFileList";

    public const string OptionKey = "build_property." + PropertyName;

    private const char Separator = '|';
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>The property's value for these full paths, in their order.</summary>
    public static string Encode(IEnumerable<string> fullPaths)
    {
        var value = new StringBuilder();
        bool first = true;
        foreach (string path in fullPaths)
        {
            if (!first)
            {
                value.Append(Separator);
            }

            first = false;

            foreach (byte b in Encoding.UTF8.GetBytes(path))
            {
                if (b > 0x20 && b < 0x7F && b != '%' && b != '#' && b != ';' && b != Separator)
                {
                    value.Append((char)b);
                }
                else
                {
                    value.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
                }
            }
        }

        return value.ToString();
    }

    /// <summary>
    /// The paths in a property's value, each as <see cref="Normalize"/> gives it. A <c>%</c> not
    /// followed by two hex digits stands for itself: the value is read, never rejected.
    /// </summary>
    public static HashSet<string> Decode(string? value)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(value))
        {
            return paths;
        }

        var bytes = new List<byte>();
        string text = value!.Trim();
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == Separator)
            {
                if (bytes.Count > 0)
                {
                    paths.Add(Normalize(Encoding.UTF8.GetString(bytes.ToArray())));
                    bytes.Clear();
                }

                continue;
            }

            int high, low;
            if (text[i] == '%' && i + 2 < text.Length && (high = Hex(text[i + 1])) >= 0 && (low = Hex(text[i + 2])) >= 0)
            {
                bytes.Add((byte)((high << 4) | low));
                i += 2;
            }
            else if (text[i] < 0x80)
            {
                bytes.Add((byte)text[i]);
            }
            else
            {
                // Not written by Encode, but a hand-written value may hold any character.
                int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
                i += length - 1;
            }
        }

        return paths;
    }

    /// <summary>
    /// A path as the list compares it. The list holds MSBuild's full paths; the compiler joins an
    /// item as written to the project's directory, keeping its <c>.</c> and <c>..</c> segments
    /// (<c>/p/../shared/a.txt</c>), so both sides are read the same way: <c>\</c> as <c>/</c>,
    /// repeated separators as one, <c>.</c> and <c>..</c> resolved, the drive letter upper case.
    /// </summary>
    public static string Normalize(string path)
    {
        string text = path.Replace('\\', '/');
        string root;
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            root = "//";
        }
        else if (text.Length >= 2 && text[1] == ':' && IsAsciiLetter(text[0]))
        {
            root = char.ToUpperInvariant(text[0]) + (text.Length > 2 && text[2] == '/' ? ":/" : ":");
        }
        else
        {
            root = text.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
        }

        var segments = new List<string>();
        foreach (string segment in text.Substring(root.Length).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || root.Length == 0)
            {
                // Above the root there is nothing to go up to; a relative path keeps its leading "..".
                segments.Add(segment);
            }
        }

        return root + string.Join("/", segments);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static int Hex(char c) =>
        c >= '0' && c <= '9' ? c - '0'
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : -1;
}
