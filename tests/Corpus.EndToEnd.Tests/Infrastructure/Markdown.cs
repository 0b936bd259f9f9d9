using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>Just enough Markdown to read the fenced blocks of one section of a document.</summary>
internal static class Markdown
{
    /// <summary>
    /// The fenced blocks between the heading <paramref name="heading"/> (e.g. "## Use the corpus
    /// in your app") and the next heading of the same or a higher level.
    /// </summary>
    public static IReadOnlyList<MarkdownBlock> Section(string path, string heading)
    {
        string[] lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int level = heading.IndexOf(' ', StringComparison.Ordinal);
        int start = Array.FindIndex(lines, line => string.Equals(line.TrimEnd(), heading, StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException(Path.GetFileName(path) + " has no heading '" + heading + "'.");
        }

        var blocks = new List<MarkdownBlock>();
        string caption = string.Empty;
        for (int i = start + 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (IsHeading(line, level))
            {
                break;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                string info = line[3..].Trim();
                int first = i + 1;
                var text = new StringBuilder();
                for (i = first; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    text.Append(lines[i]).Append('\n');
                }

                if (i == lines.Length)
                {
                    throw new InvalidOperationException(Path.GetFileName(path) + "(" + first.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): unclosed code block.");
                }

                blocks.Add(new MarkdownBlock(info, caption, text.ToString(), first));
                caption = string.Empty;
            }
            else if (line.Trim().Length > 0)
            {
                caption = line.Trim();
            }
        }

        return blocks;
    }

    private static bool IsHeading(string line, int level)
    {
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes > 0 && hashes <= level && hashes < line.Length && line[hashes] == ' ';
    }
}
