using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Model.Json;

/// <summary>
/// Writes an <see cref="Article"/> (or an article's generated class) as one line of
/// <c>articles.jsonl</c>. For System.Text.Json and generated code, through the
/// <c>[JsonConverter]</c> attribute of <see cref="Article"/> and of each generated article class:
/// public so that the serializer's source generator can create it from any assembly's
/// <c>JsonSerializerContext</c>. Writing only: reading throws <see cref="NotSupportedException"/>.
/// </summary>
/// <typeparam name="TArticle">The article's class.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleJsonConverter<TArticle> : JsonConverter<TArticle>
    where TArticle : Article
{
    /// <inheritdoc/>
    public override TArticle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw CorpusJsonWriter.ReadNotSupported(typeToConvert);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TArticle value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        CorpusJsonWriter.WriteArticle(writer, value);
    }
}
