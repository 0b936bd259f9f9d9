using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A person.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Person>))]
public sealed class Person : Entity
{
    internal Person(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Person;
}
