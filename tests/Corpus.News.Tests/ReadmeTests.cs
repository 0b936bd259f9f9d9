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

    [Fact]
    public void The_readme_article_is_valid_against_the_real_registry_and_its_entity_is_an_excerpt_of_it()
    {
        string root = FindRepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string tour = readme.Substring(readme.IndexOf("### The corpus", StringComparison.Ordinal));
        string article = TextBlock(tour, 0);
        string entity = TextBlock(tour, 1);
        string registry = File.ReadAllText(Path.Combine(root, "corpus", "entities.txt"));

        Syntax.CorpusCompilation compilation = Syntax.CorpusCompilation.Create(new[]
        {
            new Syntax.CorpusSourceFile("corpus/entities.txt", registry),
            new Syntax.CorpusSourceFile("corpus/articles/china-may-chafe.txt", article),
        });

        // The snippet mentions a few of the registry's entities: "never mentioned" is expected of the others.
        Assert.Empty(compilation.Diagnostics.Where(d => d.Id != "CG0208").Select(d => d.ToMSBuildString()));
        Syntax.ArticleFile parsed = Assert.Single(compilation.Articles).Article;
        Assert.Equal(new[] { "victor-cha" }, parsed.Quotations.Select(q => q.Speaker!.Id));
        Assert.StartsWith(parsed.Body, Articles.ChinaMayChafe.Paragraphs[7].Text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + entity + "\n", registry.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>The text of the n-th <c>```text</c> block of a piece of Markdown.</summary>
    private static string TextBlock(string markdown, int n)
    {
        int at = -1;
        for (int i = 0; i <= n; i++)
        {
            at = markdown.IndexOf("```text\n", at + 1, StringComparison.Ordinal);
        }

        int start = at + "```text\n".Length;
        return markdown.Substring(start, markdown.IndexOf("```", start, StringComparison.Ordinal) - start);
    }

    /// <summary>Walks up from the output folder: [CallerFilePath] is path-mapped in CI builds.</summary>
    internal static string FindRepositoryRoot()
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
