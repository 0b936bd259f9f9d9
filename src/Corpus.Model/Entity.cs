using System;
using System.Collections.Generic;

namespace Corpus.Model;

/// <summary>
/// A person, organization, place or other thing that the corpus mentions. Instances are
/// created once by the generated corpus and are immutable; the cross-references
/// (<see cref="Mentions"/>, <see cref="Quotes"/>, <see cref="Articles"/>) are computed on
/// first use, thread-safely.
/// </summary>
public abstract class Entity
{
    private readonly string[] _affiliationIds;
    private CorpusCatalog? _catalog;

    /// <summary>Creates an entity; called by generated code.</summary>
    protected Entity(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = aliases ?? Array.Empty<string>();
        Description = description;
        WikidataId = wikidataId;
        _affiliationIds = affiliationIds ?? Array.Empty<string>();
    }

    /// <summary>The kebab-case id, e.g. <c>xi-jinping</c>.</summary>
    public string Id { get; }

    /// <summary>The display name, e.g. <c>Xi Jinping</c>.</summary>
    public string Name { get; }

    /// <summary>What kind of entity this is.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>The other surface forms the corpus uses for this entity.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>A one-sentence description, when the registry gives one.</summary>
    public string? Description { get; }

    /// <summary>The Wikidata item (<c>Q…</c>), when the registry gives one.</summary>
    public string? WikidataId { get; }

    /// <summary>Entities this one belongs to (a professor's university, …).</summary>
    public IReadOnlyList<Entity> Affiliations
    {
        get
        {
            var result = new List<Entity>(_affiliationIds.Length);
            foreach (string id in _affiliationIds)
            {
                if (Catalog.FindEntity(id) is { } entity)
                {
                    result.Add(entity);
                }
            }

            return result;
        }
    }

    /// <summary>Every mention of this entity, in article order then text order.</summary>
    public IReadOnlyList<Mention> Mentions => Catalog.MentionsOf(this);

    /// <summary>Every quotation this entity speaks (direct, partial and reported).</summary>
    public IReadOnlyList<Quote> Quotes => Catalog.QuotesOf(this);

    /// <summary>The articles that mention or quote this entity, or name it as their source.</summary>
    public IReadOnlyList<Article> Articles => Catalog.ArticlesOf(this);

    internal int Index { get; private set; }

    private CorpusCatalog Catalog => _catalog ?? throw new InvalidOperationException("The entity '" + Id + "' does not belong to a corpus.");

    /// <inheritdoc/>
    public override string ToString() => Name;

    internal void Attach(CorpusCatalog catalog, int index)
    {
        _catalog = catalog;
        Index = index;
    }
}
