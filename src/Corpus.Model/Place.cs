namespace Corpus.Model;

/// <summary>A city, region or other place.</summary>
public sealed class Place : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Place(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Place;
}
