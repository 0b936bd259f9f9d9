using System;
using System.IO;
using System.Linq;
using Corpus.Model;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>
/// The README's tour of the generated API, run for real: the C# block there must stay
/// exactly the code below, and the code must do what the tour says.
/// </summary>
public sealed class ReadmeTests
{
    private const string TourCode = """
        using Corpus.News;

        Console.WriteLine(Articles.ChinaMayChafe.Title);
        foreach (var quote in People.VictorCha.Quotes)
            Console.WriteLine($"{quote.Kind}: {quote.Text}");
        Console.WriteLine(Entities.XiJinping.Articles.Count);   // mentioned in both articles
        var derail = Articles.ChinaNorthKoreaUkraineWar.Derail; // a #named quotation
        """;

    [Fact]
    public void The_readme_shows_this_tour_code()
    {
        string readme = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```csharp\n" + TourCode.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tour_code_prints_what_the_readme_promises()
    {
        var output = new StringWriter();

        output.WriteLine(Articles.ChinaMayChafe.Title);
        foreach (var quote in People.VictorCha.Quotes)
            output.WriteLine($"{quote.Kind}: {quote.Text}");
        output.WriteLine(Entities.XiJinping.Articles.Count);   // mentioned in both articles
        var derail = Articles.ChinaNorthKoreaUkraineWar.Derail; // a #named quotation

        Assert.Equal(
            "China May Chafe as North Korea Sends Soldiers to Fight Ukraine\n"
            + "Indirect: Beijing may not know how to rein in North Korea’s efforts to help the Kremlin\n"
            + "Direct: China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,\n"
            + "Direct: There is nothing good for them in this, short or long term.\n"
            + "2\n",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("These developments could quickly derail Beijing’s quest.", derail.Text);
        Assert.Same(People.PeterDutton, derail.Speaker);
        Assert.IsType<Quote>(derail);
    }

    /// <summary>Walks up from the output folder: [CallerFilePath] is path-mapped in CI builds.</summary>
    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "README.md")) && Directory.Exists(Path.Combine(directory.FullName, "corpus")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
