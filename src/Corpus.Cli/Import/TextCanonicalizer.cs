using System.Collections.Generic;
using System.Text;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Import;

/// <summary>
/// Turns an imported text into the plain text an article of ours would have: paragraphs
/// separated by exactly one blank line, each line trimmed of spaces and tabs and joined to
/// the next with one space, Unicode NFC. Offsets are carried over: a text already in that
/// form (such as one exported by this tool) keeps every offset unchanged.
/// </summary>
internal sealed class TextCanonicalizer
{
    private readonly int[] _map;
    private readonly OffsetMap _normalized;

    private TextCanonicalizer(string text, int[] map, OffsetMap normalized)
    {
        Text = text;
        _map = map;
        _normalized = normalized;
    }

    /// <summary>The canonical text.</summary>
    public string Text { get; }

    /// <param name="raw">The imported text (UTF-16).</param>
    /// <param name="boundaries">UTF-16 offsets of <paramref name="raw"/> that must map exactly (span ends).</param>
    public static TextCanonicalizer Create(string raw, IEnumerable<int> boundaries)
    {
        // map[i]: where raw offset i lands in the whitespace-canonical text.
        var map = new int[raw.Length + 1];
        var builder = new StringBuilder(raw.Length);
        var lines = new List<(int Start, int End)>();
        int lineStart = 0;
        for (int i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == '\n' || raw[i] == '\r')
            {
                lines.Add((lineStart, i));
                if (i < raw.Length && raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        bool inParagraph = false;
        bool pendingBreak = false;
        int previousEnd = 0;
        foreach ((int start, int end) in lines)
        {
            int a = start;
            while (a < end && raw[a] is ' ' or '\t')
            {
                a++;
            }

            int b = end;
            while (b > a && raw[b - 1] is ' ' or '\t')
            {
                b--;
            }

            if (a == b)
            {
                // A blank line ends the paragraph; its characters map to where the next text goes.
                Fill(map, previousEnd, end + 1, builder.Length);
                pendingBreak |= inParagraph;
                inParagraph = false;
                previousEnd = System.Math.Min(end + 1, raw.Length + 1);
                continue;
            }

            if (pendingBreak)
            {
                builder.Append("\n\n");
                pendingBreak = false;
            }
            else if (inParagraph)
            {
                builder.Append(' ');
            }

            Fill(map, previousEnd, a, builder.Length);
            for (int k = a; k < b; k++)
            {
                map[k] = builder.Length;
                builder.Append(raw[k]);
            }

            map[b] = builder.Length;
            inParagraph = true;
            previousEnd = b + 1;
        }

        Fill(map, previousEnd, raw.Length + 1, builder.Length);
        string spaced = builder.ToString();
        var cuts = new List<int>();
        foreach (int boundary in boundaries)
        {
            if (boundary >= 0 && boundary <= raw.Length)
            {
                cuts.Add(map[boundary]);
            }
        }

        OffsetMap normalized = TextNormalizer.Normalize(spaced, cuts);
        return new TextCanonicalizer(normalized.Text, map, normalized);
    }

    /// <summary>The canonical offset of a boundary given to <see cref="Create"/>.</summary>
    public int Map(int rawOffset) => _normalized.Map(_map[rawOffset]);

    private static void Fill(int[] map, int from, int to, int value)
    {
        for (int i = from; i < to && i < map.Length; i++)
        {
            map[i] = value;
        }
    }
}
