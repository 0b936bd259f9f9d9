using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Fixtures/broken, a corpus with ordinary mistakes in most files, through the real generator
/// driver: the full list of diagnostics, as MSBuild prints them, is a verified snapshot, and the
/// part of the corpus that is right still generates, compiles cleanly and works.
/// </summary>
public sealed class BrokenCorpusSnapshotTests
{
    [Fact]
    public void Diagnostics_of_the_broken_corpus()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Load("broken"));

        Snapshot.VerifyText("diagnostics", string.Join("\n", MSBuildLines(run.Diagnostics)) + "\n");
    }

    [Fact]
    public void Each_file_has_the_diagnostics_of_its_own_mistakes_and_nothing_else()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Load("broken"));

        // The same counts as the snapshot, stated per file so that a change is easy to read; the
        // recall aid's infos (CG0312, CG0313) are suggestions, not mistakes, and are left out.
        Dictionary<string, int> perFile = run.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .GroupBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["/corpus/articles/Draft Notes.txt"] = 1,
                ["/corpus/articles/bad-front-matter.txt"] = 3,
                ["/corpus/articles/empty.txt"] = 1,
                ["/corpus/articles/mixed-article.txt"] = 1,
                ["/corpus/articles/repeated-id.txt"] = 1,
                ["/corpus/articles/unclosed-quotes.txt"] = 4,
                ["/corpus/entities.txt"] = 5,
                ["/corpus/more.entities.txt"] = 2,
            },
            perFile);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785" || d.Id == "CG0900");
        Assert.Null(run.Result.Exception);
    }

    [Fact]
    public void The_valid_part_generates_and_compiles_cleanly()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Load("broken"));

        DiagnosticAssert.Clean(run.CompilationDiagnostics.Where(d => !d.Id.StartsWith("CG", StringComparison.Ordinal)), "in the output compilation");
        using LoadedCorpus corpus = LoadedCorpus.Load(run);

        // Generated: the three articles with a title and an id of their own; not generated: the
        // untitled one, the empty one, the one whose file name is no id, and the repeated id.
        Assert.Equal(
            new[] { "good-article", "mixed-article", "unclosed-quotes" },
            corpus.Static<IReadOnlyList<Article>>("Articles", "All").Select(a => a.Id));

        // Entities: every declaration without an error, in id order.
        Assert.Equal(
            new[] { "beijing", "china", "georgetown-university", "kim-jong-un", "north-korea", "victor-cha" },
            corpus.Static<IReadOnlyList<Entity>>("Entities", "All").Select(e => e.Id));

        Article good = corpus.Static<Article>("Articles", "GoodArticle");
        Quote caught = LoadedCorpus.Instance<Quote>(good, "Caught");
        Assert.Equal(("China is caught between paralysis and incompetence,", "victor-cha"), (caught.Text, caught.Speaker!.Id));
        Quote reported = Assert.Single(good.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(("Beijing may not know how to rein in Pyongyang", "victor-cha"), (reported.Text, reported.Speaker!.Id));
    }

    /// <summary>Sorted by file, line, column and id, as <c>path(line,col): severity ID: message</c>.</summary>
    private static IEnumerable<string> MSBuildLines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => (Span: d.Location.GetLineSpan(), Diagnostic: d))
            .OrderBy(x => x.Span.Path, StringComparer.Ordinal)
            .ThenBy(x => x.Span.StartLinePosition.Line)
            .ThenBy(x => x.Span.StartLinePosition.Character)
            .ThenBy(x => x.Diagnostic.Id, StringComparer.Ordinal)
            .Select(x => string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2}): {3} {4}: {5}",
                x.Span.Path,
                x.Span.StartLinePosition.Line + 1,
                x.Span.StartLinePosition.Character + 1,
                x.Diagnostic.Severity.ToString().ToLowerInvariant(),
                x.Diagnostic.Id,
                x.Diagnostic.GetMessage(CultureInfo.InvariantCulture)));
}
