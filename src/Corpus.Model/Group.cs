using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A nationality, religious or political group.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Group>))]
public sealed class Group : Entity
{
    internal Group(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Group;
}
