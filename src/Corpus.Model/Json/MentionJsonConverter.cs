using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Mention"/> as an object of an article's <c>mentions</c>, after its article's
/// id. For System.Text.Json and generated code, through the <c>[JsonConverter]</c> attribute of
/// <see cref="Mention"/>: public so that the serializer's source generator can create it from any
/// assembly's <c>JsonSerializerContext</c>. Writing only: reading throws <see
/// cref="NotSupportedException"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MentionJsonConverter : JsonConverter<Mention>
{
    /// <inheritdoc/>
    public override Mention Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw CorpusJsonWriter.ReadNotSupported(typeToConvert);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Mention value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CorpusJsonWriter.WriteMention(writer, value);
    }
}
