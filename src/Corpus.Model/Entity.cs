using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Corpus.Storage;

namespace Corpus.Model;

/// <summary>
/// A person, organization, place or other thing that the corpus mentions. Instances are
/// created once, from the corpus data, when the corpus is first used, and are immutable;
/// the cross-references (<see cref="Mentions"/>, <see cref="Quotes"/>, <see cref="Articles"/>)
/// are computed on first use, thread-safely.
/// </summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Entity>))]
public abstract class Entity
{
    private readonly int[] _affiliations;
    private CorpusCatalog? _catalog;
    private IReadOnlyList<Entity>? _affiliationList;

    private protected Entity(EntityData data)
    {
        Id = data.Id;
        Name = data.Name;
        Aliases = data.Aliases.Length == 0 ? System.Collections.ObjectModel.ReadOnlyCollection<string>.Empty : Array.AsReadOnly(data.Aliases);
        Description = data.Description;
        WikidataId = data.WikidataId;
        _affiliations = data.Affiliations;
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
    public IReadOnlyList<Entity> Affiliations => _affiliationList ?? InitializeAffiliations();

    /// <summary>Every mention of this entity, in article order then text order.</summary>
    public IReadOnlyList<Mention> Mentions => Catalog.MentionsOf(this);

    /// <summary>Every quotation this entity speaks (direct, partial and reported).</summary>
    public IReadOnlyList<Quote> Quotes => Catalog.QuotesOf(this);

    /// <summary>The articles that mention or quote this entity, or name it as their source (the union of <see cref="MentionedIn"/>, <see cref="QuotedIn"/> and <see cref="SourceOf"/>, in corpus order).</summary>
    public IReadOnlyList<Article> Articles => Catalog.ArticlesOf(this);

    /// <summary>The articles that mention this entity, in corpus order.</summary>
    public IReadOnlyList<Article> MentionedIn => Catalog.Relations.MentionedIn[Index];

    /// <summary>The articles that quote this entity as the speaker of a quotation, in corpus order.</summary>
    public IReadOnlyList<Article> QuotedIn => Catalog.Relations.QuotedIn[Index];

    /// <summary>The articles that name this entity as their source (a newspaper, an agency), in corpus order.</summary>
    public IReadOnlyList<Article> SourceOf => Catalog.Relations.SourceOf[Index];

    /// <summary>The entities that list this one among their <see cref="Affiliations"/> (a university's professors, …), sorted by id.</summary>
    public IReadOnlyList<Entity> Members => Catalog.MembersOf(this);

    internal int Index { get; private set; }

    private CorpusCatalog Catalog => _catalog ?? throw new InvalidOperationException("The entity '" + Id + "' does not belong to a corpus.");

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>The entity of a record, of the class of its kind.</summary>
    internal static Entity Create(EntityData data) => (EntityKind)data.Kind switch
    {
        EntityKind.Person => new Person(data),
        EntityKind.Organization => new Organization(data),
        EntityKind.Country => new Country(data),
        EntityKind.Place => new Place(data),
        EntityKind.Group => new Group(data),
        EntityKind.Event => new Event(data),
        EntityKind.Work => new Work(data),
        _ => throw new InvalidOperationException("The corpus data has an entity '" + data.Id + "' of kind number " + data.Kind.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ", which this Corpus.Model does not know: use the same version of Corpus.Generator and Corpus.Model."),
    };

    internal void Attach(CorpusCatalog catalog, int index)
    {
        _catalog = catalog;
        Index = index;
    }

    private IReadOnlyList<Entity> InitializeAffiliations()
    {
        var result = new Entity[_affiliations.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Catalog.Entities[_affiliations[i]];
        }

        System.Threading.Interlocked.CompareExchange(ref _affiliationList, Array.AsReadOnly(result), null);
        return _affiliationList!;
    }
}
