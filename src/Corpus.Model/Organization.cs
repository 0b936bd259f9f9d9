using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>An organization: a company, government body, university, newspaper or alliance.</summary>
[JsonConverter(typeof(Json.EntityJsonConverter<Organization>))]
public sealed class Organization : Entity
{
    internal Organization(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Organization;
}
