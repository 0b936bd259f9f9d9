using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Text that could end a literal or a comment, open a directive, break a line in C# or
/// reorder code on screen is emitted so that the output compiles and the text comes back
/// exactly; ids that are C# keywords or start with a digit become valid names.
/// </summary>
public sealed class HostileContentTests
{
    /// <summary>C# line breaks that the format treats as ordinary characters, NUL, and RIGHT-TO-LEFT OVERRIDE.</summary>
    private const string Invisible = "\u2028\u2029\u0085\0\u202E";

    /// <summary>Characters that mean something to C# or XML, as plain text (front-matter values have no escapes).</summary>
    private const string Raw = "\" \\ \"\"\" */ // #if DEBUG { } \\{ <summary> & ]]>";

    private const string Registry =
        "@class person\n"
        + "name: Class " + Raw + Invisible + " end\n"
        + "aliases: Class\n"
        + "description: Says " + Raw + Invisible + " end\n"
        + "\n"
        + "@namespace organization\n"
        + "name: Namespace\n"
        + "\n"
        + "@1984 work\n"
        + "name: Nineteen Eighty-Four\n"
        + "aliases: 1984\n";

    private const string Article =
        "---\n"
        + "title: T " + Raw + Invisible + " end\n"
        + "summary: S \\\" \\\\ */ <summary> & ]]> about [Class]{@class}.\n"
        + "x-raw: X " + Raw + Invisible + "\n"
        + "---\n"
        + "Body \\\"quoted\\\" \\\\ \\\"\\\"\\\" */ // #if DEBUG \\{not an annotation\\} { plain } <summary> & ]]>" + Invisible
        + " end, by [Class]{@class} of [Namespace]{@namespace} on [1984]{@1984}.\n"
        + "\n"
        + "“Speech \\\"inner\\\" \\\\ */ // #if X \\{y\\} <summary> & ]]>" + Invisible + " end.”{@class #hostile-quote}\n"
        + "\n"
        + "#if DEBUG\n"
        + "*/ \\\"unterminated\n";

    private const string ExpectedTitle = "T " + Raw + Invisible + " end";

    private const string ExpectedQuote = "Speech \"inner\" \\ */ // #if X {y} <summary> & ]]>" + Invisible + " end.";

    private const string ExpectedText =
        "Body \"quoted\" \\ \"\"\" */ // #if DEBUG {not an annotation} { plain } <summary> & ]]>" + Invisible + " end, by Class of Namespace on 1984."
        + "\n\n“" + ExpectedQuote + "”"
        + "\n\n#if DEBUG */ \"unterminated";

    [Fact]
    public void Hostile_text_compiles_without_errors_or_warnings()
    {
        GeneratorRun run = Run();

        DiagnosticAssert.Clean(run.Diagnostics, "from the generator");
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Fact]
    public void Hostile_text_comes_back_exactly_at_run_time()
    {
        using LoadedCorpus corpus = LoadedCorpus.Load(Run());
        Article article = corpus.Static<Article>("Articles", "Hostile");

        Assert.Equal(ExpectedTitle, article.Title);
        Assert.Equal("S \" \\ */ <summary> & ]]> about Class.", article.Summary);
        Assert.Equal("X " + Raw + Invisible, article.Metadata["x-raw"]);
        Assert.Equal(ExpectedText, article.Text);

        Quote quote = LoadedCorpus.Instance<Quote>(article, "HostileQuote");
        Assert.Equal(ExpectedQuote, quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("class", quote.Speaker!.Id);

        Assert.Equal(
            new[] { ("Body", "Class", "class"), ("Body", "Namespace", "namespace"), ("Body", "1984", "1984"), ("Summary", "Class", "class") },
            article.Mentions.Select(m => (m.Field.ToString(), m.Text, m.Entity.Id)));
    }

    [Fact]
    public void Keyword_and_digit_ids_become_valid_typed_names()
    {
        using LoadedCorpus corpus = LoadedCorpus.Load(Run());

        Assert.Equal(typeof(Person), corpus.StaticType("Entities", "Class"));
        Assert.Equal(typeof(Organization), corpus.StaticType("Entities", "Namespace"));
        Assert.Equal(typeof(Work), corpus.StaticType("Entities", "_1984"));
        Assert.Equal(typeof(Work), corpus.StaticType("Works", "_1984"));

        Person person = corpus.Static<Person>("People", "Class");
        Assert.Equal("Class " + Raw + Invisible + " end", person.Name);
        Assert.Equal("Says " + Raw + Invisible + " end", person.Description);
        Assert.Equal("Nineteen Eighty-Four", corpus.Static<Work>("Entities", "_1984").Name);

        Assert.Equal("namespace", corpus.Static<Article>("Articles", "Namespace").Id);
        Assert.Equal("1984-report", corpus.Static<Article>("Articles", "_1984Report").Id);
        // Without #named members an article has no class of its own: the property is typed Article.
        Assert.Equal(typeof(Article), corpus.StaticType("Articles", "Namespace"));
    }

    [Fact]
    public void Hostile_output_snapshot()
    {
        Snapshot.VerifyAll(Run().Sources);
    }

    private static GeneratorRun Run() => GeneratorHarness.Run(Files());

    private static IEnumerable<InMemoryAdditionalText> Files() => new[]
    {
        Fixtures.File("entities.txt", Registry),
        Fixtures.File("hostile.txt", Article),
        Fixtures.File("namespace.txt", "---\ntitle: Namespace\n---\n[Namespace]{@namespace} spoke.\n"),
        Fixtures.File("1984-report.txt", "---\ntitle: Report\n---\nOn [Nineteen Eighty-Four]{@1984}.\n"),
    };
}
