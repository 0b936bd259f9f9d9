using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A work: a document, doctrine, law or publication.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Work>))]
public sealed class Work : Entity
{
    internal Work(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Work;
}
