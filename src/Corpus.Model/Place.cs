using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A city, region or other place.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Place>))]
public sealed class Place : Entity
{
    internal Place(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Place;
}
