using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// CorpusNamespace and RootNamespace: a value the corpus cannot be generated in is reported
/// with the property, the value and the reason (CG0902, CG0903), never silently replaced.
/// </summary>
public sealed class NamespaceSettingTests
{
    private const string Advice = ". Nothing is generated; set <CorpusNamespace> to dotted C# identifiers, such as MyCompany.News.";

    private const string ModelReason = "it is, or lies inside, the namespace of the runtime library Corpus.Model, whose types (Corpus.Model.Person, Corpus.Model.Article, …) the generated classes would collide with";

    [Theory]
    [InlineData("my-news", "'my-news' is not a C# identifier")]
    [InlineData("global::Foo", "a namespace is written without 'global::'")]
    [InlineData("1abc", "'1abc' is not a C# identifier")]
    [InlineData("a..b", "it has an empty name between dots")]
    [InlineData("News.", "it has an empty name between dots")]
    [InlineData("class", "'class' is a C# keyword")]
    [InlineData("My.class.Corpus", "'class' is a C# keyword")]
    [InlineData("not a namespace", "'not a namespace' is not a C# identifier")]
    [InlineData("Corpus.Model", ModelReason)]
    [InlineData("Corpus.Model.Person", ModelReason)]
    public void An_unusable_CorpusNamespace_is_CG0902_and_nothing_is_generated(string value, string reason)
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = value });

        Assert.Empty(run.Sources);
        Assert.Equal(
            new[] { "CG0902 error (no location): CorpusNamespace '" + value + "' cannot be the namespace of the generated corpus: " + reason + Advice },
            GeneratorDiagnostics(run));
    }

    [Fact]
    public void A_CorpusNamespace_with_control_characters_is_quoted_escaped()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = "News\u001B[31m\u202E" });

        Assert.Equal(
            new[] { "CG0902 error (no location): CorpusNamespace 'News\\u001B[31m\\u202E' cannot be the namespace of the generated corpus: 'News\\u001B[31m\\u202E' is not a C# identifier" + Advice },
            GeneratorDiagnostics(run));
    }

    [Theory]
    [InlineData("my-news", "'my-news' is not a C# identifier")]
    [InlineData("Corpus.Model.Tests", ModelReason)]
    public void An_unusable_RootNamespace_is_CG0903_and_the_corpus_is_generated_in_Corpus(string value, string reason)
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = null, Properties = new Dictionary<string, string> { ["RootNamespace"] = value } });

        Assert.Equal(
            new[] { "CG0903 warning (no location): RootNamespace '" + value + "' cannot be the namespace of the generated corpus: " + reason + ". The corpus is generated in the namespace 'Corpus' instead; set <CorpusNamespace> to choose another." },
            GeneratorDiagnostics(run));
        Assert.All(run.Sources, s => Assert.Matches("\nnamespace Corpus(\\.ArticleTypes)?\n", s.Value));
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Fact]
    public void A_valid_CorpusNamespace_wins_over_an_unusable_RootNamespace_without_a_diagnostic()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = "MyNews", Properties = new Dictionary<string, string> { ["RootNamespace"] = "my-news" } });

        Assert.Empty(GeneratorDiagnostics(run));
        Assert.Contains("\nnamespace MyNews\n", run.Source("Entities.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_problem_is_not_reported_by_a_project_without_a_corpus()
    {
        GeneratorRun run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>(), new HarnessOptions { Namespace = "my-news" });

        Assert.Empty(run.Diagnostics);
    }

    // Contextual keywords are identifiers; System and Corpus.Models are merely unusual. All compile.
    [Theory]
    [InlineData("nameof")]
    [InlineData("var")]
    [InlineData("global")]
    [InlineData("dynamic")]
    [InlineData("System")]
    [InlineData("Corpus")]
    [InlineData("Corpus.Models")]
    [InlineData("ArticleTypes")]
    [InlineData("Ünïcödé.Nachrichten")]
    public void Unusual_but_valid_namespaces_compile(string value)
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = value });

        Assert.Empty(GeneratorDiagnostics(run));
        Assert.Contains("\nnamespace " + value + "\n", run.Source("Entities.g.cs"), System.StringComparison.Ordinal);
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    /// <summary>The consumer's side of an unusual namespace: code that names the corpus by it compiles too.</summary>
    [Theory]
    [InlineData("nameof")]
    [InlineData("var")]
    [InlineData("global")]
    [InlineData("dynamic")]
    public void Consumer_code_can_name_a_corpus_in_a_contextual_keyword_namespace(string value)
    {
        string consumer = "namespace App { internal static class Use { internal static object A => " + value + ".Entities.VictorCha; internal static object B => global::" + value + ".People.All; internal static int C => " + value + ".Articles.Count; } }";
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = value, Sources = new[] { consumer } });

        Assert.Empty(GeneratorDiagnostics(run));
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    /// <summary>docs/diagnostics.md shows these messages; the page's own test cannot run the generator.</summary>
    [Theory]
    [InlineData("CG0902", "my-news", null)]
    [InlineData("CG0903", null, "my-news")]
    public void The_documented_example_is_what_the_generator_reports(string id, string? corpusNamespace, string? rootNamespace)
    {
        string docs = System.IO.File.ReadAllText(TestPaths.InRepo("docs/diagnostics.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var properties = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            properties["RootNamespace"] = rootNamespace;
        }

        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = corpusNamespace, Properties = properties });

        Diagnostic diagnostic = Assert.Single(run.WithId(id));
        string shown = diagnostic.Severity.ToString().ToLowerInvariant() + " " + id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("\n" + shown + "\n", docs, System.StringComparison.Ordinal);
    }

    /// <summary>The generator's own diagnostics (CG09xx), located like the compiler's (path(line,col,endLine,endCol): severity id) or "id severity (no location)", then the message; the fixture's corpus diagnostics are not the subject here.</summary>
    internal static IReadOnlyList<string> GeneratorDiagnostics(GeneratorRun run) =>
        run.Diagnostics
            .Where(d => d.Id.StartsWith("CG09", System.StringComparison.Ordinal))
            .Select(d => (d.Location == Location.None ? d.Id + " " + d.Severity.ToString().ToLowerInvariant() + " (no location)" : DiagnosticAssert.Where(d)) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
