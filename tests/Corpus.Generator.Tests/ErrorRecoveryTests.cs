using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// While a file is being edited it is often wrong. One bad annotation must cost only itself:
/// the rest of its article and every other article are still generated, so code written
/// against them (and the IDE's IntelliSense) keeps compiling.
/// </summary>
public sealed class ErrorRecoveryTests
{
    private const string Head = "---\ntitle: Alpha\n---\n[Mr. Cha]{@victor-cha} spoke in [Beijing]{@beijing}.\n\n“First words.”{@victor-cha #before}\n\n";

    private const string Tail = "\n\n“Last words.”{@victor-cha #after} And [China]{@china} listened.\n";

    /// <summary>Code that uses members generated before and after the bad annotation, and another article's.</summary>
    private const string Consumer = """
        namespace Consumer
        {
            internal static class Uses
            {
                public static global::Corpus.Model.Quote Before => global::Test.Corpus.Articles.Alpha.Before;
                public static global::Corpus.Model.Quote After => global::Test.Corpus.Articles.Alpha.After;
                public static global::Corpus.Model.Quote Other => global::Test.Corpus.Articles.Bravo.Main;
                public static global::Corpus.Model.Person Speaker => global::Test.Corpus.Entities.VictorCha;
            }
        }
        """;

    [Theory]
    [InlineData("[China]{@chna} answered.", "/corpus/alpha.txt(8,9): error CG0300")]
    [InlineData("[China]{@chi answered.", "/corpus/alpha.txt(8,8): error CG0302")]
    [InlineData("[China]{@china #} answered.", "/corpus/alpha.txt(8,16): error CG0308")]
    [InlineData("“Middle words.” {@victor-cha}", "/corpus/alpha.txt(8,17): error CG0304")]
    [InlineData("“Middle words.”{@victor-cha #before}", "/corpus/alpha.txt(8,29): error CG0310")]
    public void One_bad_annotation_mid_file_leaves_the_rest_of_the_corpus_generated(string middle, string expected)
    {
        GeneratorRun run = GeneratorHarness.Run(Corpus(Head + middle + Tail), new HarnessOptions { Sources = new[] { Consumer } });

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(expected, Where(diagnostic));
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation, with code that uses the article");

        using LoadedCorpus corpus = LoadedCorpus.Load(run);
        Article alpha = corpus.Static<Article>("Articles", "Alpha");
        Assert.Equal(("First words.", "victor-cha"), Said(LoadedCorpus.Instance<Quote>(alpha, "Before")));
        Assert.Equal(("Last words.", "victor-cha"), Said(LoadedCorpus.Instance<Quote>(alpha, "After")));
        Assert.Equal(new[] { "victor-cha", "beijing", "china" }, alpha.Mentions.Where(m => m.Field == TextField.Body).Select(m => m.Entity.Id));
        Assert.Equal(("It is bravo,", "victor-cha"), Said(LoadedCorpus.Instance<Quote>(corpus.Static<Article>("Articles", "Bravo"), "Main")));
    }

    [Fact]
    public void Typing_an_annotation_keeps_the_members_generated_at_each_keystroke()
    {
        List<InMemoryAdditionalText> files = Corpus(Head + "Middle." + Tail);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files);
        Compilation compilation = GeneratorHarness.CreateCompilation(new HarnessOptions { Sources = new[] { Consumer } });
        GeneratorRun first = GeneratorHarness.Run(driver, compilation);
        DiagnosticAssert.Clean(first.Diagnostics, "before the edit");
        driver = first.Driver;

        InMemoryAdditionalText alpha = files.Single(t => t.Path == "/corpus/alpha.txt");
        foreach (string typed in new[] { "[China]", "[China]{", "[China]{@", "[China]{@ch", "[China]{@china", "[China]{@china}" })
        {
            InMemoryAdditionalText edited = alpha.WithText(Head + "Middle " + typed + "." + Tail);
            driver = driver.ReplaceAdditionalText(alpha, edited);
            alpha = edited;
            GeneratorRun run = GeneratorHarness.Run(driver, compilation);
            driver = run.Driver;

            DiagnosticAssert.NoErrors(run.CompilationDiagnostics, "in the output compilation after typing '" + typed + "'");
            Assert.True(run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) <= 1, typed + ":\n" + DiagnosticAssert.Format(run.Diagnostics));
        }
    }

    private static (string Text, string? Speaker) Said(Quote quote) => (quote.Text, quote.Speaker?.Id);

    private static List<InMemoryAdditionalText> Corpus(string alpha) => new()
    {
        Fixtures.File("entities.txt", TestCorpora.Registry),
        Fixtures.File("more.entities.txt", TestCorpora.MoreRegistry),
        Fixtures.File("alpha.txt", alpha),
        Fixtures.File("bravo.txt", TestCorpora.Article("bravo")),
    };

    private static string Where(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return span.Path + "(" + (span.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ","
            + (span.StartLinePosition.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "): "
            + diagnostic.Severity.ToString().ToLowerInvariant() + " " + diagnostic.Id;
    }
}
