namespace Corpus.Model;

/// <summary>A work: a document, doctrine, law or publication.</summary>
public sealed class Work : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Work(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Work;
}
