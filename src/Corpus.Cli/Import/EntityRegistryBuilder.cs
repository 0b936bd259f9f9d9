using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Syntax;
using Corpus.Syntax.Naming;

namespace Corpus.Cli.Import;

/// <summary>
/// Builds the registry of imported entities. A mention normalised to <c>corpus:&lt;id&gt;</c>
/// keeps that id and takes its name from the normalisation's text; one normalised to another
/// database (<c>Wikidata:Q42</c>) is one entity per database id; any other mention is one
/// entity per kind and surface text. Ids are made from names (<see cref="Slugs"/>) and handed
/// out by <see cref="IdAllocator"/>, so every id passes <c>corpus check</c>; a clash gets the
/// kind, then a number appended. The name is the normalisation's text or the most frequent surface; every
/// other surface becomes an alias.
/// </summary>
internal sealed class EntityRegistryBuilder
{
    private readonly Dictionary<string, Draft> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Draft> _byId = new(StringComparer.Ordinal);
    private readonly IdAllocator _ids = IdAllocator.ForEntities();
    private readonly List<string> _warnings;

    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    public EntityRegistryBuilder(List<string> warnings) => _warnings = warnings;

    /// <summary>An id that a registry carried with the import already declares: kept as it is, never made up again, and not written.</summary>
    public void Declare(string id)
    {
        if (_declared.Add(id))
        {
            _ids.Allocate(id, null);
        }
    }

    /// <summary>Claims the id of a <c>corpus:</c> normalisation (done for all of them before any other id is made).</summary>
    public string Reserve(string corpusId, string? name)
    {
        string key = "corpus:" + corpusId;
        if (!_byKey.TryGetValue(key, out Draft? draft))
        {
            // Asked before allocating: the reason is about the ids taken so far, carried ones included.
            string? whyNot = _declared.Contains(corpusId) ? null : _ids.WhyNotFree(corpusId);
            string id = _declared.Contains(corpusId) ? corpusId : whyNot is null ? _ids.Allocate(corpusId, null) : _ids.Allocate(Slugs.From(corpusId) ?? "entity", null);
            if (whyNot is not null)
            {
                _warnings.Add("the id 'corpus:" + corpusId + "' " + whyNot + "; the entity is imported as @" + id);
            }

            draft = new Draft(id);
            _byKey.Add(key, draft);
            _byId.Add(id, draft);
        }

        if (draft.Name is null && !string.IsNullOrWhiteSpace(name))
        {
            draft.Name = name.Trim();
        }

        return draft.Id;
    }

    /// <summary>The entity of a mention; <paramref name="key"/> is the normalisation ("db:id") or null.</summary>
    public string Mention(EntityKind kind, string surface, string? database, string? key, string? normalizedName, List<string> warnings, string source)
    {
        Draft draft;
        if (database is not null && string.Equals(database, Brat.BratTypes.CorpusDatabase, StringComparison.Ordinal))
        {
            draft = _byId[Reserve(key!, normalizedName)];
        }
        else
        {
            string lookup = database is not null ? database + ":" + key : "surface:" + kind.ToKeyword() + ":" + surface;
            if (!_byKey.TryGetValue(lookup, out draft!))
            {
                string basis = !string.IsNullOrWhiteSpace(normalizedName) ? normalizedName : surface;
                draft = new Draft(_ids.Allocate(Slugs.From(basis) ?? kind.ToKeyword(), kind.ToKeyword()));
                _byKey.Add(lookup, draft);
                _byId.Add(draft.Id, draft);
                if (database is not null && !string.IsNullOrWhiteSpace(normalizedName))
                {
                    draft.Name = normalizedName.Trim();
                }
            }

            if (database is not null && string.Equals(database, Brat.BratTypes.WikidataDatabase, StringComparison.OrdinalIgnoreCase) && IsWikidataId(key))
            {
                draft.Wikidata ??= key;
            }
        }

        if (draft.Kind is null)
        {
            draft.Kind = kind;
        }
        else if (draft.Kind != kind)
        {
            warnings.Add(source + ": '" + surface + "' is a " + kind.ToKeyword() + " here but @" + draft.Id + " is a " + draft.Kind.Value.ToKeyword() + "; the first kind is kept");
        }

        draft.AddSurface(surface);
        return draft.Id;
    }

    /// <summary>Adds a Wikidata id to an entity (from a second normalisation of a mention).</summary>
    public void SetWikidata(string id, string wikidata)
    {
        if (_byId.TryGetValue(id, out Draft? draft) && IsWikidataId(wikidata))
        {
            draft.Wikidata ??= wikidata;
        }
    }

    /// <summary>The entity of a speaker named by a non-corpus normalisation or by name only (kind person unless known).</summary>
    public string Speaker(string name)
    {
        string lookup = "speaker:" + name;
        if (!_byKey.TryGetValue(lookup, out Draft? draft))
        {
            draft = new Draft(_ids.Allocate(Slugs.From(name) ?? "speaker", null)) { Name = name.Trim() };
            _byKey.Add(lookup, draft);
            _byId.Add(draft.Id, draft);
        }

        return draft.Id;
    }

    public EntityKind? KindOf(string id) => _byId.TryGetValue(id, out Draft? draft) ? draft.Kind : null;

    /// <summary>The entities this builder writes (those not declared by a carried registry).</summary>
    public int Count => _byId.Count - CountDeclared();

    private int CountDeclared()
    {
        int count = 0;
        foreach (string id in _byId.Keys)
        {
            count += _declared.Contains(id) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The registry file: one block per entity, sorted by id.</summary>
    public string Write(List<string> warnings)
    {
        var ids = new List<string>(_byId.Keys);
        ids.Sort(StringComparer.Ordinal);
        var text = new StringBuilder("# Entities imported from brat standoff by `corpus import brat`.\n# Speakers of unknown kind are people; check the kinds, names and aliases.\n");
        foreach (string id in ids)
        {
            if (_declared.Contains(id))
            {
                continue;
            }

            Draft draft = _byId[id];
            string name = draft.Name ?? draft.MostFrequentSurface() ?? id;
            text.Append('\n').Append('@').Append(id).Append(' ').Append((draft.Kind ?? EntityKind.Person).ToKeyword()).Append('\n');
            text.Append("name: ").Append(name).Append('\n');
            var aliases = new List<string>();
            foreach (string surface in draft.Surfaces)
            {
                if (string.Equals(surface, name, StringComparison.Ordinal))
                {
                    continue;
                }

                if (surface.Contains(';', StringComparison.Ordinal) || surface.Trim().Length != surface.Length || surface.Length == 0)
                {
                    warnings.Add("@" + id + ": the surface form '" + surface + "' cannot be written as an alias (';' or surrounding spaces)");
                    continue;
                }

                aliases.Add(surface);
            }

            aliases.Sort(StringComparer.Ordinal);
            if (aliases.Count > 0)
            {
                text.Append("aliases: ").Append(string.Join("; ", aliases)).Append('\n');
            }

            if (draft.Wikidata is not null)
            {
                text.Append("wikidata: ").Append(draft.Wikidata).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsWikidataId(string? key)
    {
        if (key is null || key.Length < 2 || key[0] != 'Q')
        {
            return false;
        }

        for (int i = 1; i < key.Length; i++)
        {
            if (key[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Draft
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private readonly List<string> _order = new();

        public Draft(string id) => Id = id;

        public string Id { get; }

        public EntityKind? Kind { get; set; }

        public string? Name { get; set; }

        public string? Wikidata { get; set; }

        public IEnumerable<string> Surfaces => _order;

        public void AddSurface(string surface)
        {
            if (_counts.TryGetValue(surface, out int count))
            {
                _counts[surface] = count + 1;
            }
            else
            {
                _counts.Add(surface, 1);
                _order.Add(surface);
            }
        }

        public string? MostFrequentSurface()
        {
            string? best = null;
            foreach (string surface in _order)
            {
                if (best is null || _counts[surface] > _counts[best])
                {
                    best = surface;
                }
            }

            return best?.Trim();
        }
    }
}
