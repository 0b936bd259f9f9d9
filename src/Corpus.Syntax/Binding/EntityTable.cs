using System;
using System.Collections.Generic;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;

namespace Corpus.Syntax.Binding;

/// <summary>
/// Every entity of the corpus, sorted by id (ordinal), with the registries' diagnostics.
/// Value-equal on its contents; the id lookup is derived and not part of equality.
/// </summary>
public sealed class EntityTable : IEquatable<EntityTable>
{
    private readonly Dictionary<string, int> _indexById;
    private readonly HashSet<string> _rejected;
    private readonly HashSet<string>?[] _surfaceForms;
    private SuggestionIndex? _suggestions;

    public EntityTable(EquatableArray<EntityDeclaration> entities, EquatableArray<CorpusDiagnostic> diagnostics, EquatableArray<string> rejectedIds = default)
    {
        Entities = entities;
        Diagnostics = diagnostics;
        RejectedIds = rejectedIds;
        _rejected = new HashSet<string>(rejectedIds, StringComparer.Ordinal);
        _surfaceForms = new HashSet<string>?[entities.Count];
        _indexById = new Dictionary<string, int>(entities.Count, StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            _indexById[entities[i].Id] = i;
        }
    }

    public static EntityTable Empty { get; } = new(EquatableArray<EntityDeclaration>.Empty, EquatableArray<CorpusDiagnostic>.Empty);

    public EquatableArray<EntityDeclaration> Entities { get; }

    public EquatableArray<CorpusDiagnostic> Diagnostics { get; }

    /// <summary>Ids whose declaration was reported and dropped: references to them are not reported again.</summary>
    public EquatableArray<string> RejectedIds { get; }

    public bool IsRejected(string id) => _rejected.Contains(id);

    public IEnumerable<string> Ids => _indexById.Keys;

    /// <summary>The position of an entity in <see cref="Entities"/>, or -1.</summary>
    public int IndexOf(string id) => _indexById.TryGetValue(id, out int index) ? index : -1;

    /// <summary>
    /// The nearest declared id to an unknown one, for "did you mean" (see <see cref="SuggestionIndex"/>).
    /// The index is built on the first unknown id, once per table, and remembers every answer.
    /// </summary>
    public SuggestionIndex Suggestions => System.Threading.LazyInitializer.EnsureInitialized(ref _suggestions, () => new SuggestionIndex(_indexById.Keys))!;

    /// <summary>
    /// Whether <paramref name="text"/> is the name or one of the aliases of the entity at
    /// <paramref name="index"/>: a hash lookup, so a mention costs the same whatever the number
    /// of aliases (an entity of 150,000 aliases mentioned 150,000 times stays linear).
    /// </summary>
    public bool IsSurfaceForm(int index, string text)
    {
        HashSet<string>? forms = System.Threading.Volatile.Read(ref _surfaceForms[index]);
        if (forms is null)
        {
            EntityDeclaration entity = Entities[index];
            forms = new HashSet<string>(entity.Aliases, StringComparer.Ordinal) { entity.Name };
            System.Threading.Interlocked.CompareExchange(ref _surfaceForms[index], forms, null);
        }

        return forms.Contains(text);
    }

    public EntityDeclaration? Find(string id) => _indexById.TryGetValue(id, out int index) ? Entities[index] : null;

    public bool Equals(EntityTable? other) =>
        other is not null && Entities.Equals(other.Entities) && Diagnostics.Equals(other.Diagnostics) && RejectedIds.Equals(other.RejectedIds);

    public override bool Equals(object? obj) => Equals(obj as EntityTable);

    public override int GetHashCode() => Entities.GetHashCode();
}
