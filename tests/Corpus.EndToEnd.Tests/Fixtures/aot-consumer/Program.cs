using Corpus.News;
Console.WriteLine(Articles.All.Count + " articles, " + Quotes.All.Count + " quotations");
foreach (var quote in People.VictorCha.Quotes)
    Console.WriteLine(quote.Speaker + ": " + quote.Text);
