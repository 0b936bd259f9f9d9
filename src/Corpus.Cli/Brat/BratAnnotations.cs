using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Cli.Brat;

/// <summary>A fragment of a text-bound annotation: [Start, End) in the .txt file, in the export's offset unit.</summary>
internal readonly record struct BratFragment(int Start, int End);

/// <summary>
/// <c>T1⇥Person 0 5;7 12⇥text</c>: a text-bound annotation (one or more fragments, in the
/// order the line lists them: brat's reader accepts any order, <c>20 23;0 5</c> included).
/// </summary>
internal sealed record BratSpan(string Id, string Type, IReadOnlyList<BratFragment> Fragments, string Text)
{
    /// <summary>The smallest start of any fragment.</summary>
    public int Start
    {
        get
        {
            int start = Fragments[0].Start;
            foreach (BratFragment fragment in Fragments)
            {
                start = Math.Min(start, fragment.Start);
            }

            return start;
        }
    }

    /// <summary>The largest end of any fragment.</summary>
    public int End
    {
        get
        {
            int end = Fragments[0].End;
            foreach (BratFragment fragment in Fragments)
            {
                end = Math.Max(end, fragment.End);
            }

            return end;
        }
    }

    /// <summary>The fragments in text order.</summary>
    public IReadOnlyList<BratFragment> SortedFragments()
    {
        var sorted = new List<BratFragment>(Fragments);
        sorted.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return sorted;
    }
}

/// <summary><c>E1⇥Attribution:T3 Source:T1 Content:T2</c>: an event, its trigger and its role arguments.</summary>
internal sealed record BratEvent(string Id, string Type, string Trigger, IReadOnlyList<(string Role, string Target)> Arguments);

/// <summary>A line of a kind this tool does not import (<c>#</c> notes, <c>*</c> equivalences): its kind and type.</summary>
internal sealed record BratOtherLine(char Kind, string Type);

/// <summary><c>A1⇥QuoteKind T5 Direct</c>: an attribute (binary when <see cref="Value"/> is null); <c>M</c> is brat's older name for it.</summary>
internal sealed record BratAttribute(string Id, string Name, string Target, string? Value)
{
    public char Kind => Id.Length > 0 ? Id[0] : 'A';
}

/// <summary><c>N1⇥Reference T1 corpus:xi-jinping⇥Xi Jinping</c>: a normalisation to an external id.</summary>
internal sealed record BratNormalization(string Id, string Target, string Database, string Key, string Text);

/// <summary><c>R1⇥Speaker Arg1:T5 Arg2:T3</c>: a binary relation.</summary>
internal sealed record BratRelation(string Id, string Type, string Arg1, string Arg2);

/// <summary>
/// A brat standoff <c>.ann</c> file: the lines this tool reads and writes (T, A/M, N, R),
/// events (E, read for attribution), and the notes and equivalences that it only counts.
/// </summary>
internal sealed class BratAnnotations
{
    public List<BratSpan> Spans { get; } = new();

    public List<BratAttribute> Attributes { get; } = new();

    public List<BratNormalization> Normalizations { get; } = new();

    public List<BratRelation> Relations { get; } = new();

    public List<BratEvent> Events { get; } = new();

    /// <summary><c>#</c> notes and <c>*</c> equivalences: never imported, counted by the importer.</summary>
    public List<BratOtherLine> OtherLines { get; } = new();

    /// <summary>Parses an .ann file; each line that cannot be read adds a warning ("line N: …").</summary>
    public static BratAnnotations Parse(string text, List<string> warnings)
    {
        var result = new BratAnnotations();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            if (line.Length == 0)
            {
                continue;
            }

            string? problem = line[0] switch
            {
                'T' => result.ReadSpan(line),
                'A' or 'M' => result.ReadAttribute(line),
                'N' => result.ReadNormalization(line),
                'R' => result.ReadRelation(line),
                'E' => result.ReadEvent(line),
                '#' or '*' => result.ReadOther(line),
                _ => "not a brat annotation line",
            };
            if (problem is not null)
            {
                warnings.Add("line " + (n + 1).ToString(CultureInfo.InvariantCulture) + ": " + problem);
            }
        }

        return result;
    }

    /// <summary>The .ann text: T lines, then A, N and R lines, each in the order added; LF endings.</summary>
    public string Write()
    {
        var builder = new StringBuilder();
        foreach (BratSpan span in Spans)
        {
            builder.Append(span.Id).Append('\t').Append(span.Type).Append(' ');
            for (int i = 0; i < span.Fragments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(';');
                }

                builder.Append(span.Fragments[i].Start.ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(span.Fragments[i].End.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append('\t').Append(span.Text).Append('\n');
        }

        foreach (BratAttribute attribute in Attributes)
        {
            builder.Append(attribute.Id).Append('\t').Append(attribute.Name).Append(' ').Append(attribute.Target);
            if (attribute.Value is not null)
            {
                builder.Append(' ').Append(attribute.Value);
            }

            builder.Append('\n');
        }

        foreach (BratNormalization normalization in Normalizations)
        {
            builder.Append(normalization.Id).Append("\tReference ").Append(normalization.Target).Append(' ')
                .Append(normalization.Database).Append(':').Append(normalization.Key).Append('\t').Append(normalization.Text).Append('\n');
        }

        foreach (BratRelation relation in Relations)
        {
            builder.Append(relation.Id).Append('\t').Append(relation.Type).Append(" Arg1:").Append(relation.Arg1).Append(" Arg2:").Append(relation.Arg2).Append('\n');
        }

        return builder.ToString();
    }

    private string? ReadSpan(string line)
    {
        string[] parts = line.Split('\t', 3);
        if (parts.Length < 2)
        {
            return "a T line needs an id, a type with offsets, and the text";
        }

        int space = parts[1].IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return "a T line needs a type and offsets";
        }

        string type = parts[1].Substring(0, space);
        var fragments = new List<BratFragment>();
        foreach (string fragment in parts[1].Substring(space + 1).Split(';'))
        {
            string[] ends = fragment.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ends.Length != 2 ||
                !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start) ||
                !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end) ||
                end < start)
            {
                return "malformed offsets '" + parts[1].Substring(space + 1) + "'";
            }

            fragments.Add(new BratFragment(start, end));
        }

        Spans.Add(new BratSpan(parts[0], type, fragments, parts.Length > 2 ? parts[2] : string.Empty));
        return null;
    }

    private string? ReadEvent(string line)
    {
        string[] parts = line.Split('\t', 3);
        string[] fields = parts.Length < 2 ? Array.Empty<string>() : parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int colon = fields.Length > 0 ? fields[0].IndexOf(':', StringComparison.Ordinal) : -1;
        if (colon <= 0)
        {
            return "an E line needs 'Type:T1' and optional 'Role:T2' arguments";
        }

        var arguments = new List<(string, string)>();
        for (int i = 1; i < fields.Length; i++)
        {
            int c = fields[i].IndexOf(':', StringComparison.Ordinal);
            if (c <= 0)
            {
                return "malformed event argument '" + fields[i] + "'";
            }

            arguments.Add((fields[i].Substring(0, c), fields[i].Substring(c + 1)));
        }

        Events.Add(new BratEvent(parts[0], fields[0].Substring(0, colon), fields[0].Substring(colon + 1), arguments));
        return null;
    }

    private string? ReadOther(string line)
    {
        string[] parts = line.Split('\t', 3);
        string type = parts.Length < 2 ? string.Empty : parts[1].Split(' ', 2)[0];
        OtherLines.Add(new BratOtherLine(line[0], type.Length == 0 ? "(no type)" : type));
        return null;
    }

    private string? ReadAttribute(string line)
    {
        string[] parts = line.Split('\t', 3);
        string[] fields = parts.Length < 2 ? Array.Empty<string>() : parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 2 or > 3)
        {
            return "an A line needs a name, a target and an optional value";
        }

        Attributes.Add(new BratAttribute(parts[0], fields[0], fields[1], fields.Length == 3 ? fields[2] : null));
        return null;
    }

    private string? ReadNormalization(string line)
    {
        string[] parts = line.Split('\t', 3);
        string[] fields = parts.Length < 2 ? Array.Empty<string>() : parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int colon = fields.Length == 3 ? fields[2].IndexOf(':', StringComparison.Ordinal) : -1;
        if (colon <= 0)
        {
            return "an N line needs 'Reference <target> <db>:<id>'";
        }

        Normalizations.Add(new BratNormalization(parts[0], fields[1], fields[2].Substring(0, colon), fields[2].Substring(colon + 1), parts.Length > 2 ? parts[2] : string.Empty));
        return null;
    }

    private string? ReadRelation(string line)
    {
        string[] parts = line.Split('\t', 3);
        string[] fields = parts.Length < 2 ? Array.Empty<string>() : parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3 || !fields[1].Contains(':', StringComparison.Ordinal) || !fields[2].Contains(':', StringComparison.Ordinal))
        {
            return "an R line needs a type and two arguments 'Arg1:T1 Arg2:T2'";
        }

        Relations.Add(new BratRelation(parts[0], fields[0], fields[1].Substring(fields[1].IndexOf(':', StringComparison.Ordinal) + 1), fields[2].Substring(fields[2].IndexOf(':', StringComparison.Ordinal) + 1)));
        return null;
    }
}
