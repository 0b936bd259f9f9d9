using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Term"/> as an object of an article's <c>terms</c>, after its article's id.
/// The converter of the <c>[JsonConverter]</c> attribute of <see cref="Term"/> (see <see
/// cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TermJsonConverter : WriteOnlyJsonConverter<Term>
{
    private protected override void WriteValue(Utf8JsonWriter writer, Term value) => CorpusJsonWriter.WriteTerm(writer, value);
}
