using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Sentence"/>: its article's id, its index, its range, its paragraph's index
/// and its text. For System.Text.Json and generated code, through the <c>[JsonConverter]</c>
/// attribute of <see cref="Sentence"/>: public so that the serializer's source generator can create
/// it from any assembly's <c>JsonSerializerContext</c>. Writing only: reading throws <see
/// cref="NotSupportedException"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SentenceJsonConverter : JsonConverter<Sentence>
{
    /// <inheritdoc/>
    public override Sentence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw CorpusJsonWriter.ReadNotSupported(typeToConvert);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Sentence value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CorpusJsonWriter.WriteSentence(writer, value);
    }
}
