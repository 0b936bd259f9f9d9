using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A sovereign state.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Country>))]
public sealed class Country : Entity
{
    internal Country(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Country;
}
