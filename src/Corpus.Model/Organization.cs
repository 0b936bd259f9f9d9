namespace Corpus.Model;

/// <summary>An organization: a company, government body, university, newspaper or alliance.</summary>
public sealed class Organization : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Organization(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Organization;
}
