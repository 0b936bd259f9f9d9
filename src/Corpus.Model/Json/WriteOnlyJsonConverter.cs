using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Model.Json;

/// <summary>
/// What every converter of Corpus.Model shares: it writes its value with <see cref="CorpusJsonWriter"/>
/// in the shape <c>corpus export --format jsonl</c> writes, and reading throws
/// <see cref="NotSupportedException"/> (a corpus object belongs to a compiled corpus; JSON Lines
/// become a corpus again through <c>corpus import jsonl</c>). The converters are public so that
/// the serializer's source generator can create them from any assembly's
/// <c>JsonSerializerContext</c>; they are for the serializer, not for apps.
/// </summary>
/// <typeparam name="T">The type written.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class WriteOnlyJsonConverter<T> : JsonConverter<T>
{
    // Only this assembly's converters: the shape is Corpus.Model's to define.
    private protected WriteOnlyJsonConverter()
    {
    }

    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw CorpusJsonWriter.ReadNotSupported(typeToConvert);

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValue(writer, value);
    }

    private protected abstract void WriteValue(Utf8JsonWriter writer, T value);
}
