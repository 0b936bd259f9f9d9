using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Corpus.Generator.Specs;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Caching, proven through the driver's step tracking (DESIGN.md, Scale and speed): a run with
/// no change does no work, an edit re-parses one file and re-emits one group, and a registry
/// edit re-binds without re-parsing any article.
/// </summary>
public sealed class IncrementalityTests
{
    /// <summary>Every step name the pipeline declares, read from <see cref="TrackingNames"/> so a new step is covered too.</summary>
    public static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void The_test_corpus_puts_each_article_in_its_own_group()
    {
        Assert.Equal(TestCorpora.ArticleIds.Length, TestCorpora.ArticleIds.Select(OutputSpecBuilder.GroupOf).Distinct().Count());
    }

    [Fact]
    public void Every_tracked_step_runs()
    {
        GeneratorRun run = First().Run;

        Assert.NotEmpty(StepNames);
        Assert.All(StepNames, name => Assert.True(run.Result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked"));
        DiagnosticAssert.Clean(run.Diagnostics, "from the generator");
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
    }

    [Fact]
    public void A_second_run_with_no_change_is_entirely_cached()
    {
        (GeneratorRun first, CSharpCompilation compilation, _) = First();

        // A new compilation (as after typing in a .cs file) changes nothing the pipeline reads.
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Unrelated { }", GeneratorHarness.ParseOptions(LanguageVersion.Latest)));
        GeneratorRun second = GeneratorHarness.Run(first.Driver, edited);

        foreach (string step in StepNames)
        {
            Assert.All(Reasons(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                step + " output was " + reason));
        }

        Assert.Equal(first.Sources, second.Sources);
        Assert.All(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_the_text_of_one_article_parses_and_binds_only_that_file_and_re_emits_nothing()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText bravo = texts.Single(t => t.Path.EndsWith("/bravo.txt", StringComparison.Ordinal));

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(bravo, bravo.WithText(bravo.Content.Replace("spoke in", "spoke softly in", StringComparison.Ordinal)));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.CorpusFiles, modified: 1, cached: 5);
        AssertCounts(second, TrackingNames.ArticleParse, modified: 1, cached: 3);
        AssertCounts(second, TrackingNames.RegistryParse, cached: 2);
        AssertCounts(second, TrackingNames.EntityTable, cached: 1);
        AssertCounts(second, TrackingNames.ArticleBind, modified: 1, cached: 3);
        // The text is data (the build step's resource): the surface is the same, so no file is emitted again.
        AssertCounts(second, TrackingNames.CorpusModel, unchanged: 1);
        AssertCounts(second, TrackingNames.Surface, cached: 1);
        AssertCounts(second, TrackingNames.CatalogSpec, cached: 1);
        AssertCounts(second, TrackingNames.ArticleGroups, cached: OutputSpecBuilder.GroupCount);
        AssertNothingEmitted(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Theory]
    [InlineData("comment", "title:", "# reviewed on Monday\ntitle:")]
    [InlineData("blank lines", "\n\n[Kim]", "\n\n\n\n[Kim]")]
    [InlineData("spaces", "about", "about ")]
    [InlineData("line endings", "\n", "\r\n")]
    public void A_whitespace_comment_or_position_only_edit_re_emits_nothing(string edit, string find, string replace)
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText bravo = texts.Single(t => t.Path.EndsWith("/bravo.txt", StringComparison.Ordinal));
        string content = bravo.Content.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(bravo.Content, content);

        GeneratorRun second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(bravo, bravo.WithText(content)), compilation);

        DiagnosticAssert.Clean(second.Diagnostics, "after the " + edit + " edit");
        AssertCounts(second, TrackingNames.ArticleParse, modified: 1, cached: 3);
        AssertCounts(second, TrackingNames.CorpusModel, unchanged: 1);
        AssertNothingEmitted(second);
    }

    [Fact]
    public void Editing_a_named_quotation_re_emits_only_its_article_s_group()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText bravo = texts.Single(t => t.Path.EndsWith("/bravo.txt", StringComparison.Ordinal));

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(bravo, bravo.WithText(bravo.Content.Replace("“It is bravo,”", "“It is surely bravo,”", StringComparison.Ordinal)));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.Surface, modified: 1);
        // The member's documentation changed, not its index: the hash and the other files stay.
        AssertCounts(second, TrackingNames.CatalogSpec, unchanged: 1);
        AssertCounts(second, TrackingNames.EntitiesSpec, unchanged: 1);
        AssertCounts(second, TrackingNames.ArticlesSpec, unchanged: 1);
        AssertCounts(second, TrackingNames.ArticleGroups, modified: 1, unchanged: OutputSpecBuilder.GroupCount - 1);
        string bravoGroup = ArticleGroupHint("bravo");
        Assert.Equal(new[] { bravoGroup }, Changed(first, second));
        Assert.Contains("It is surely bravo,", second.Source(bravoGroup), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_article_re_emits_the_index_files_but_no_group_of_another_article()
    {
        (GeneratorRun first, CSharpCompilation compilation, _) = First();
        string id = "abacus"; // sorts first, so every other article's corpus-wide index moves
        int group = OutputSpecBuilder.GroupOf(id);
        Assert.DoesNotContain(group, TestCorpora.ArticleIds.Select(OutputSpecBuilder.GroupOf));

        GeneratorDriver driver = first.Driver.AddAdditionalTexts(
            System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(Fixtures.File(id + ".txt", TestCorpora.Article(id))));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.ArticleParse, cached: 4, added: 1);
        AssertCounts(second, TrackingNames.ArticleGroups, modified: 1, unchanged: OutputSpecBuilder.GroupCount - 1);
        Assert.Equal(new[] { "ArticleGroup" + group.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs", "Articles.g.cs", "CorpusData.g.cs" }, Changed(first, second));
    }

    [Fact]
    public void Editing_an_entity_s_description_parses_no_article_and_re_emits_only_the_entities()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText registry = texts.Single(t => t.Path.EndsWith("/entities.txt", StringComparison.Ordinal));

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(
            registry,
            registry.WithText(registry.Content.Replace("Professor at Georgetown University.", "Korea chair at CSIS.", StringComparison.Ordinal)));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.RegistryParse, modified: 1, cached: 1);
        AssertCounts(second, TrackingNames.ArticleParse, cached: 4);
        AssertCounts(second, TrackingNames.EntityTable, modified: 1);
        // Re-bound against the new table, with an identical result: a description is not part of an article.
        AssertCounts(second, TrackingNames.ArticleBind, unchanged: 4);
        AssertCounts(second, TrackingNames.ArticleGroups, unchanged: OutputSpecBuilder.GroupCount);
        Assert.Equal(new[] { "Entities.g.cs" }, Changed(first, second));
        Assert.Contains("Korea chair at CSIS.", second.Source("Entities.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_entity_moves_the_entity_indices_and_re_binds_to_equal_articles()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText registry = texts.Single(t => t.Path.EndsWith("/entities.txt", StringComparison.Ordinal));

        // A new entity sorts first and moves every other entity's index; articles refer to ids, so none changes.
        InMemoryAdditionalText edited = registry.WithText(registry.Content + "\n\n@aaa-first organization\nname: First\n");
        GeneratorRun second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(registry, edited), compilation);

        AssertCounts(second, TrackingNames.ArticleParse, cached: 4);
        AssertCounts(second, TrackingNames.EntityTable, modified: 1);
        AssertCounts(second, TrackingNames.ArticleBind, unchanged: 4);
        Assert.Equal(new[] { "CorpusData.g.cs", "Entities.g.cs" }, Changed(first, second));

        // The same output as a fresh run's.
        GeneratorRun fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts.Select(t => t == registry ? edited : t).ToList()), compilation);
        Assert.Equal(fresh.Sources, second.Sources);
    }

    [Fact]
    public void Changing_the_namespace_re_emits_everything_without_parsing_any_file()
    {
        (GeneratorRun first, CSharpCompilation compilation, _) = First();

        GeneratorDriver driver = first.Driver.WithUpdatedAnalyzerConfigOptions(new CorpusOptionsProvider("Other.Corpus"));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        // Every file is read again (the options are an input of the read), to equal data, so the
        // steps after the read see no change.
        AssertCounts(second, TrackingNames.CorpusFiles, cached: 6);
        AssertCounts(second, TrackingNames.RegistryParse, cached: 2);
        AssertCounts(second, TrackingNames.ArticleParse, cached: 4);
        AssertCounts(second, TrackingNames.Settings, modified: 1);
        AssertCounts(second, TrackingNames.ArticleGroups, modified: OutputSpecBuilder.GroupCount);
        Assert.All(second.Sources, s => Assert.Contains("namespace Other.Corpus", s.Value, StringComparison.Ordinal));
    }

    private static string ArticleGroupHint(string id) =>
        "ArticleGroup" + OutputSpecBuilder.GroupOf(id).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The hint names whose text differs from the first run's (or that are new), in order.</summary>
    private static IEnumerable<string> Changed(GeneratorRun first, GeneratorRun second) =>
        second.Sources.Where(s => !first.HintNames.Contains(s.Key) || !string.Equals(s.Value, first.Source(s.Key), StringComparison.Ordinal))
            .Select(s => s.Key)
            .OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>No emitter ran: the spec of every generated file is the cached one (only the edited file's diagnostics are reported again).</summary>
    private static void AssertNothingEmitted(GeneratorRun run)
    {
        foreach (string step in new[] { TrackingNames.CatalogSpec, TrackingNames.EntitiesSpec, TrackingNames.ArticlesSpec, TrackingNames.ArticleGroups })
        {
            Assert.All(Reasons(run, step), reason => Assert.True(reason == IncrementalStepRunReason.Cached, step + " output was " + reason));
        }
    }

    internal static (GeneratorRun Run, CSharpCompilation Compilation, List<InMemoryAdditionalText> Texts) First()
    {
        List<InMemoryAdditionalText> texts = TestCorpora.Multi();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts), compilation);
        return (run, compilation, texts);
    }

    internal static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : Array.Empty<IncrementalStepRunReason>();

    private static void AssertCounts(GeneratorRun run, string step, int modified = 0, int unchanged = 0, int cached = 0, int added = 0, int removed = 0)
    {
        IReadOnlyList<IncrementalStepRunReason> reasons = Reasons(run, step);
        string Describe(IEnumerable<IncrementalStepRunReason> r) => string.Join(", ", r.GroupBy(x => x).OrderBy(g => g.Key).Select(g => g.Key + "×" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var expected = Enumerable.Repeat(IncrementalStepRunReason.Modified, modified)
            .Concat(Enumerable.Repeat(IncrementalStepRunReason.Unchanged, unchanged))
            .Concat(Enumerable.Repeat(IncrementalStepRunReason.Cached, cached))
            .Concat(Enumerable.Repeat(IncrementalStepRunReason.New, added))
            .Concat(Enumerable.Repeat(IncrementalStepRunReason.Removed, removed));
        Assert.True(
            Describe(expected) == Describe(reasons),
            step + ": expected [" + Describe(expected) + "], got [" + Describe(reasons) + "]");
    }
}
