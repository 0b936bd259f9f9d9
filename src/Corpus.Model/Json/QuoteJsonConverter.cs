using System.ComponentModel;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes a <see cref="Quote"/> as an object of an article's <c>quotes</c>, after its article's id.
/// The converter of the <c>[JsonConverter]</c> attribute of <see cref="Quote"/> (see <see
/// cref="WriteOnlyJsonConverter{T}"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class QuoteJsonConverter : WriteOnlyJsonConverter<Quote>
{
    private protected override void WriteValue(Utf8JsonWriter writer, Quote value) => CorpusJsonWriter.WriteQuote(writer, value);
}
