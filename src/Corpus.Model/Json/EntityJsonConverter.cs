using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Model.Json;

/// <summary>
/// Writes an <see cref="Entity"/> (of any kind) as one line of <c>entities.jsonl</c>. For
/// System.Text.Json and generated code, through the <c>[JsonConverter]</c> attribute of <see
/// cref="Entity"/> and of each kind's class: public so that the serializer's source generator can
/// create it from any assembly's <c>JsonSerializerContext</c>. Writing only: reading throws <see
/// cref="NotSupportedException"/>.
/// </summary>
/// <typeparam name="TEntity">The entity's class.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityJsonConverter<TEntity> : JsonConverter<TEntity>
    where TEntity : Entity
{
    /// <inheritdoc/>
    public override TEntity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw CorpusJsonWriter.ReadNotSupported(typeToConvert);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEntity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CorpusJsonWriter.WriteEntity(writer, value);
    }
}
