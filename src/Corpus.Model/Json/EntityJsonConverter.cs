using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes an <see cref="Entity"/> (of any kind) as one line of <c>entities.jsonl</c>. The converter
/// of the <c>[JsonConverter]</c> attribute of <see cref="Entity"/> and of each kind's class (see
/// <see cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
/// <typeparam name="TEntity">The entity's class.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityJsonConverter<TEntity> : WriteOnlyJsonConverter<TEntity>
    where TEntity : Entity
{
    private protected override void WriteValue(Utf8JsonWriter writer, TEntity value) => CorpusJsonWriter.WriteEntity(writer, value);
}
