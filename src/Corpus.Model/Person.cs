namespace Corpus.Model;

/// <summary>A person.</summary>
public sealed class Person : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Person(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Person;
}
