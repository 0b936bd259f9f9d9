using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Paragraph"/> as an object of an article's <c>paragraphs</c>, after its
/// article's id and its index. The converter of the <c>[JsonConverter]</c> attribute of <see
/// cref="Paragraph"/> (see <see cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ParagraphJsonConverter : WriteOnlyJsonConverter<Paragraph>
{
    private protected override void WriteValue(Utf8JsonWriter writer, Paragraph value) => CorpusJsonWriter.WriteParagraph(writer, value);
}
