namespace Corpus.Model;

/// <summary>A sovereign state.</summary>
public sealed class Country : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Country(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Country;
}
