using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes an <see cref="Article"/> (or an article's generated class) as one line of
/// <c>articles.jsonl</c>. The converter of the <c>[JsonConverter]</c> attribute of <see
/// cref="Article"/> and of each generated article class (see <see
/// cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
/// <typeparam name="TArticle">The article's class.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleJsonConverter<TArticle> : WriteOnlyJsonConverter<TArticle>
    where TArticle : Article
{
    private protected override void WriteValue(Utf8JsonWriter writer, TArticle value) => CorpusJsonWriter.WriteArticle(writer, value);
}
