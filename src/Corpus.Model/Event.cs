using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>An event: a war, summit or invasion.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Event>))]
public sealed class Event : Entity
{
    internal Event(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Event;
}
