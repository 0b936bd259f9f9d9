using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Mention"/> as an object of an article's <c>mentions</c>, after its article's
/// id. The converter of the <c>[JsonConverter]</c> attribute of <see cref="Mention"/> (see <see
/// cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MentionJsonConverter : WriteOnlyJsonConverter<Mention>
{
    private protected override void WriteValue(Utf8JsonWriter writer, Mention value) => CorpusJsonWriter.WriteMention(writer, value);
}
