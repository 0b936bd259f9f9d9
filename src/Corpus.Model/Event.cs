namespace Corpus.Model;

/// <summary>An event: a war, summit or invasion.</summary>
public sealed class Event : Entity
{
    /// <summary>Creates the entity; called by generated code.</summary>
    public Event(string id, string name, string[] aliases, string? description, string? wikidataId, string[] affiliationIds)
        : base(id, name, aliases, description, wikidataId, affiliationIds)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Event;
}
