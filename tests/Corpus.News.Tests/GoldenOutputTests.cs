using System;
using System.IO;
using Corpus.Explorer;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>
/// The demo's machine-readable output for the whole real corpus, against files committed
/// beside these tests: any change to an annotation shows up as a diff to review. After a
/// deliberate change, regenerate them with
/// <c>dotnet run --project samples/Corpus.Explorer -- quotes &gt; tests/Corpus.News.Tests/Expected/quotes.tsv</c>
/// (and <c>-- entities &gt; …/entities.tsv</c>).
/// </summary>
public sealed class GoldenOutputTests
{
    [Fact]
    public void Quotes_mode_prints_exactly_the_expected_quotations()
    {
        var output = new StringWriter();
        Reports.QuoteLines(output);

        Assert.Equal(Expected("quotes.tsv"), Normalize(output.ToString()));
    }

    [Fact]
    public void Entities_mode_prints_exactly_the_expected_entities()
    {
        var output = new StringWriter();
        Reports.EntityLines(output);

        Assert.Equal(Expected("entities.tsv"), Normalize(output.ToString()));
    }

    /// <summary>Read from the output folder: [CallerFilePath] is path-mapped in CI builds.</summary>
    private static string Expected(string name) =>
        Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", name)));

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
