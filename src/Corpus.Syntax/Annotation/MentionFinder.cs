using System.Collections.Generic;
using Corpus.Syntax.Binding;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// Finds the names and aliases of registered entities in a plain text: leftmost-longest, on
/// word boundaries (a possessive "Russia’s" gives "Russia"), never overlapping an existing
/// mention, and, as the corpus does, a country or place named inside an event's name is a
/// nested mention of its own ("war in [Europe]"). Built once per entity table.
/// </summary>
public sealed class MentionFinder
{
    private readonly NameAutomaton _automaton;

    // For each surface, the entities it names, sorted by id: a surface that names two is ambiguous.
    private readonly List<List<EntityDeclaration>> _owners = new();
    private readonly List<bool> _isName = new();

    public MentionFinder(EntityTable entities)
    {
        var surfaces = new List<string>();
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (EntityDeclaration entity in entities.Entities)
        {
            AddSurface(entity.Name, entity, isName: true);
            foreach (string alias in entity.Aliases)
            {
                AddSurface(alias, entity, isName: false);
            }
        }

        _automaton = new NameAutomaton(surfaces);

        void AddSurface(string surface, EntityDeclaration entity, bool isName)
        {
            surface = surface.Trim();
            if (surface.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(surface, out int i))
            {
                i = surfaces.Count;
                index.Add(surface, i);
                surfaces.Add(surface);
                _owners.Add(new List<EntityDeclaration>());
                _isName.Add(false);
            }

            if (!_owners[i].Exists(e => e.Id == entity.Id))
            {
                _owners[i].Add(entity);
                _owners[i].Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            }

            _isName[i] |= isName;
        }
    }

    /// <summary>The proposed mentions of <paramref name="text"/>, in text order.</summary>
    /// <param name="text">A plain text: a field of an article.</param>
    /// <param name="existing">Mentions already written, as (start, end) ranges of the same text, sorted by start.</param>
    public List<(int Start, int End, EntityDeclaration Entity, double Confidence, string Rule)> Find(string text, IReadOnlyList<(int Start, int End, EntityKind Kind)> existing)
    {
        var result = new List<(int Start, int End, EntityDeclaration Entity, double Confidence, string Rule)>();
        var found = _automaton.FindAll(text, 0, text.Length);
        // Leftmost-longest: occurrences by start, the longest first, then taken greedily.
        found.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        List<(int Start, int End)> covered = Union(existing);

        // An event's name written already, with nothing written inside it: a country or place
        // inside it is still a nested mention. Existing mentions are sorted by start.
        for (int k = 0; k < existing.Count; k++)
        {
            (int s, int e, EntityKind kind) = existing[k];
            bool hasInner = k + 1 < existing.Count && existing[k + 1].Start < e;
            if (kind == EntityKind.Event && !hasInner && e <= text.Length)
            {
                AddInner(text, s, e, result);
            }
        }

        int taken = 0;
        int next = 0; // the first covered range that does not end before the occurrence (occurrences come by start)
        foreach ((int start, int end, int surface) in found)
        {
            while (next < covered.Count && covered[next].End <= start)
            {
                next++;
            }

            if (start < taken || (next < covered.Count && covered[next].Start < end))
            {
                continue;
            }

            AddMatch(text, start, end, surface, result);
            if (_owners[surface][0].Kind == EntityKind.Event)
            {
                AddInner(text, start, end, result);
            }

            taken = end;
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return result;
    }

    private void AddMatch(string text, int start, int end, int surface, List<(int, int, EntityDeclaration, double, string)> result)
    {
        List<EntityDeclaration> owners = _owners[surface];
        string written = _automaton.Surfaces[surface];
        double confidence;
        string rule;
        if (owners.Count > 1)
        {
            confidence = 0.5;
            rule = "name-ambiguous";
        }
        else if (_isName[surface])
        {
            confidence = 0.95;
            rule = "name";
        }
        else if (IsCommonWord(written))
        {
            // "west", "pandemic": a lowercase one-word alias is also an ordinary word.
            confidence = 0.7;
            rule = "alias-common-word";
        }
        else
        {
            confidence = 0.9;
            rule = "alias";
        }

        result.Add((start, end, owners[0], confidence, rule));
    }

    /// <summary>Countries and places named inside an event's name: "invasion of [Ukraine]", "[European] conflict".</summary>
    private void AddInner(string text, int start, int end, List<(int, int, EntityDeclaration, double, string)> result)
    {
        // Names shorter than the outer one, so the outer name itself is not found again.
        var inner = _automaton.FindAll(text, start, end, end - start - 1);
        int covered = start;
        foreach ((int s, int e, int surface) in inner)
        {
            EntityDeclaration entity = _owners[surface][0];
            if (s >= covered && _owners[surface].Count == 1 && (entity.Kind == EntityKind.Country || entity.Kind == EntityKind.Place))
            {
                result.Add((s, e, entity, 0.85, "nested-in-event"));
                covered = e;
            }
        }
    }

    /// <summary>
    /// The text the existing mentions cover, as disjoint ranges in order (nested and overlapping
    /// mentions merged): one range per mention at most, where a mark per character would
    /// allocate the whole text again for every article.
    /// </summary>
    private static List<(int Start, int End)> Union(IReadOnlyList<(int Start, int End, EntityKind Kind)> existing)
    {
        var union = new List<(int Start, int End)>(existing.Count);
        foreach ((int start, int end, _) in existing)
        {
            if (end <= start)
            {
                continue;
            }

            if (union.Count > 0 && start <= union[union.Count - 1].End)
            {
                // Sorted by start: this range touches or overlaps the last one, so it extends it.
                (int lastStart, int lastEnd) = union[union.Count - 1];
                union[union.Count - 1] = (lastStart, System.Math.Max(lastEnd, end));
            }
            else
            {
                union.Add((start, end));
            }
        }

        return union;
    }

    private static bool IsCommonWord(string surface)
    {
        foreach (char c in surface)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
