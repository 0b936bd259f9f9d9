using System.Collections.Generic;
using System;
using System.IO;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>What the generator does when it cannot do its job: clear diagnostics, never CS8785.</summary>
public sealed class GeneratorFailureTests
{
    [Theory]
    [InlineData("/corpus/unreadable.txt")]
    [InlineData("/corpus/more.entities.txt")]
    public void An_unreadable_file_is_one_CG0004_at_it_and_the_rest_still_generates(string path)
    {
        var unreadable = new UnreadableAdditionalText(path, new IOException("the disk is on fire"));
        GeneratorRun baseline = GeneratorHarness.Run(Fixtures.Basic());
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic().Cast<AdditionalText>().Append(unreadable));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("The corpus file could not be read: IOException", message, StringComparison.Ordinal);
        Assert.Contains("the disk is on fire", message, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.RunResult.Diagnostics, d => d.Id == "CS8785");
        Assert.Null(run.Result.Exception);

        Assert.Equal(baseline.Sources, run.Sources);
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Theory]
    [InlineData("/corpus/sample-article.txt")]
    [InlineData("/corpus/entities.txt")]
    public void An_exception_inside_the_generator_is_one_CG0900_naming_the_file_never_CS8785(string path)
    {
        Pipeline.FaultInjection.FailOn.Value = p => p == path;
        try
        {
            GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic());

            Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CG0900");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("The corpus generator failed on '" + path + "': InvalidOperationException: fault injected while parsing " + path + ". Please report this with the file.", message);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.RunResult.Diagnostics, d => d.Id == "CS8785");
            Assert.Null(run.Result.Exception);
        }
        finally
        {
            Pipeline.FaultInjection.FailOn.Value = null;
        }
    }

    [Fact]
    public void CSharp10_gets_one_CG0901_and_no_sources()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { LanguageVersion = LanguageVersion.CSharp10 });

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("CG0901", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("10.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
        Assert.Null(run.Result.Exception);
    }

    [Fact]
    public void CSharp11_is_enough_and_the_output_compiles_cleanly()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { LanguageVersion = LanguageVersion.CSharp11 });

        DiagnosticAssert.Clean(run.Diagnostics, "from the generator");
        Assert.Equal(4, run.Sources.Count);
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Fact]
    public void Files_not_marked_as_corpus_files_are_ignored()
    {
        InMemoryAdditionalText other = new("/src/notes.txt", "---\ntitle: Not corpus\n---\n[X]{@nobody}\n");
        GeneratorRun baseline = GeneratorHarness.Run(Fixtures.Basic());
        GeneratorRun run = GeneratorHarness.Run(
            Fixtures.Basic().Append(other),
            new HarnessOptions { IsCorpusFile = p => p.StartsWith(Fixtures.CorpusRoot, StringComparison.Ordinal) });

        Assert.Equal(baseline.Sources, run.Sources);
        Assert.Equal(baseline.Diagnostics.Select(d => d.ToString()), run.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(run.Diagnostics, d => d.Location.GetLineSpan().Path.Contains("notes", StringComparison.Ordinal));
    }

    [Fact]
    public void No_corpus_files_means_no_output_and_no_diagnostics()
    {
        GeneratorRun run = GeneratorHarness.Run(Array.Empty<AdditionalText>());

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    // An unusable value is reported, not replaced: NamespaceSettingTests.
    [Theory]
    [InlineData("Test.Corpus", "Test.Corpus")]
    [InlineData(null, "Corpus")]
    public void The_namespace_comes_from_CorpusNamespace_else_Corpus(string? property, string expected)
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Namespace = property });

        // Article classes live in the nested ArticleTypes namespace.
        Assert.All(run.Sources, s => Assert.Matches("\nnamespace " + System.Text.RegularExpressions.Regex.Escape(expected) + "(\\.ArticleTypes)?\n", s.Value));
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Fact]
    public void CorpusArticleProperties_false_keeps_only_the_articles_with_a_class_of_their_own()
    {
        List<InMemoryAdditionalText> texts = Fixtures.Basic().ToList();
        texts.Add(Fixtures.File("plain.txt", "---\ntitle: Plain\n---\n[China]{@china} waited.\n"));
        GeneratorRun run = GeneratorHarness.Run(texts, new HarnessOptions { Properties = new Dictionary<string, string> { ["CorpusArticleProperties"] = "false" } });

        string articles = run.Source("Articles.g.cs");
        Assert.Contains("public static global::Test.Corpus.ArticleTypes.SampleArticle SampleArticle => (global::Test.Corpus.ArticleTypes.SampleArticle)__At(1);", articles, StringComparison.Ordinal);
        Assert.DoesNotContain(" Plain ", articles, StringComparison.Ordinal);
        Assert.Contains("public static int Count => 2;", articles, StringComparison.Ordinal);
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }
}
