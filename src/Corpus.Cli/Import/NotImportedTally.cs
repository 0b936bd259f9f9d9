using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Cli.Import;

/// <summary>
/// Counts the brat lines an import does not carry into the corpus, by kind of line
/// (<c>R</c> relations, <c>A</c> attributes, <c>E</c> events…) and within a kind by type,
/// so that nothing is dropped without a word: the summary names every kind with its count,
/// and one warning per kind lists the types.
/// </summary>
internal sealed class NotImportedTally
{
    private readonly SortedDictionary<string, SortedDictionary<string, int>> _byKind = new(StringComparer.Ordinal);

    /// <summary>Every kind, in the order of the summary.</summary>
    public static readonly IReadOnlyList<string> KnownKinds = new[]
    {
        TriggerKind, "R relations", "E events", "A attributes", "M attributes", "N normalisations", "# notes", "* equivalences",
    };

    public const string TriggerKind = "T event triggers";

    public bool IsEmpty => _byKind.Count == 0;

    public void Add(string kind, string type)
    {
        if (!_byKind.TryGetValue(kind, out SortedDictionary<string, int>? types))
        {
            types = new SortedDictionary<string, int>(StringComparer.Ordinal);
            _byKind.Add(kind, types);
        }

        types[type] = types.TryGetValue(type, out int n) ? n + 1 : 1;
    }

    public int Count(string kind)
    {
        int total = 0;
        if (_byKind.TryGetValue(kind, out SortedDictionary<string, int>? types))
        {
            foreach (int n in types.Values)
            {
                total += n;
            }
        }

        return total;
    }

    /// <summary><c>3 R relations, 12 A attributes</c>: each kind with its total, in <see cref="KnownKinds"/> order.</summary>
    public string Summary()
    {
        var parts = new List<string>();
        foreach (string kind in Kinds())
        {
            parts.Add(Count(kind).ToString(CultureInfo.InvariantCulture) + " " + kind);
        }

        return string.Join(", ", parts);
    }

    /// <summary>One line per kind: <c>R relations: Equiv 2, Part-of 1</c>.</summary>
    public IEnumerable<string> Details()
    {
        foreach (string kind in Kinds())
        {
            var line = new StringBuilder(kind).Append(": ");
            bool first = true;
            foreach (KeyValuePair<string, int> type in _byKind[kind])
            {
                line.Append(first ? string.Empty : ", ").Append(type.Key).Append(' ').Append(type.Value.ToString(CultureInfo.InvariantCulture));
                first = false;
            }

            yield return line.ToString();
        }
    }

    private IEnumerable<string> Kinds()
    {
        foreach (string kind in KnownKinds)
        {
            if (_byKind.ContainsKey(kind))
            {
                yield return kind;
            }
        }

        foreach (string kind in _byKind.Keys)
        {
            if (!Contains(KnownKinds, kind))
            {
                yield return kind;
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (string item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
