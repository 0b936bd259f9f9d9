using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Sentence"/>: its article's id, its index, its range, its paragraph's index
/// and its text. The converter of the <c>[JsonConverter]</c> attribute of <see cref="Sentence"/>
/// (see <see cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SentenceJsonConverter : WriteOnlyJsonConverter<Sentence>
{
    private protected override void WriteValue(Utf8JsonWriter writer, Sentence value) => CorpusJsonWriter.WriteSentence(writer, value);
}
