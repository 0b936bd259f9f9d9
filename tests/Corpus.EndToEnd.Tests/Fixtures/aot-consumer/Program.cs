using System.Text.Json;
using System.Text.Json.Serialization;
using Corpus.Model;
using Corpus.News;

Console.WriteLine(Articles.All.Count + " articles, " + Quotes.All.Count + " quotations");
foreach (var quote in People.VictorCha.Quotes)
    Console.WriteLine(quote.Speaker + ": " + quote.Text);

// JSON without reflection: Corpus.Model's source-generated context, and an app's own context
// that reaches a corpus type (its [JsonConverter] must be usable from another assembly).
Console.WriteLine(JsonSerializer.Serialize(People.VictorCha.Quotes[0], CorpusJsonContext.Default.Quote));
Console.WriteLine(JsonSerializer.Serialize(People.VictorCha, CorpusJsonContext.Default.Person));
Console.WriteLine(JsonSerializer.Serialize(Articles.ChinaNorthKoreaUkraineWar.Derail, AppJson.Default.Quote));

// Every quotation of the corpus with where it was written, its speaker and the sentence it
// starts in; then a lookup by alias, in another case than the registry's.
foreach (var quote in Quotes.All)
    Console.WriteLine($"{quote.Location} {quote.Speaker?.Id ?? "(no speaker)"}: {quote.Sentence?.Text}");
Console.WriteLine(string.Join(", ", Entities.Find("MR. CHA").Select(e => e.Id)));

[JsonSerializable(typeof(Quote))]
internal sealed partial class AppJson : JsonSerializerContext
{
}
