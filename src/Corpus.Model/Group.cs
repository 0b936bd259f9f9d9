namespace Corpus.Model;

/// <summary>A nationality, religious or political group.</summary>
public sealed class Group : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Group(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Group;
}
