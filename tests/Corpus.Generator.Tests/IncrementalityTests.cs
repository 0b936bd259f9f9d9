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
        Assert.Equal(TestCorpora.ArticleIds.Length, TestCorpora.ArticleIds.Select(CorpusSpecBuilder.GroupOf).Distinct().Count());
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
    public void Editing_one_article_parses_only_that_file_and_re_emits_one_group()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText bravo = texts.Single(t => t.Path.EndsWith("/bravo.txt", StringComparison.Ordinal));

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(bravo, bravo.WithText(bravo.Content.Replace("spoke in", "spoke softly in", StringComparison.Ordinal)));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.CorpusFiles, modified: 1, cached: 5);
        AssertCounts(second, TrackingNames.ArticleParse, modified: 1, cached: 3);
        AssertCounts(second, TrackingNames.ArticleLayout, modified: 1, cached: 3);
        AssertCounts(second, TrackingNames.RegistryParse, cached: 2);
        AssertCounts(second, TrackingNames.EntityTable, cached: 1);
        // The other three are bound again (binding fans out from the collected layouts) to
        // equal models: unchanged, so nothing after them runs for them.
        AssertCounts(second, TrackingNames.ArticleBind, modified: 1, unchanged: 3);
        AssertCounts(second, TrackingNames.Settings, cached: 1);
        AssertCounts(second, TrackingNames.CorpusModel, modified: 1);
        AssertCounts(second, TrackingNames.ArticleGroups, modified: 1, unchanged: CorpusSpecBuilder.GroupCount - 1);

        // Only bravo's group file has new text.
        string bravoGroup = "ArticleGroup" + CorpusSpecBuilder.GroupOf("bravo").ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        Assert.Equal(
            new[] { bravoGroup },
            second.Sources.Where(s => !string.Equals(s.Value, first.Source(s.Key), StringComparison.Ordinal)).Select(s => s.Key));
        Assert.Contains("spoke softly in", second.Source(bravoGroup), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_article_re_emits_its_group_and_the_index_but_no_other_group()
    {
        (GeneratorRun first, CSharpCompilation compilation, _) = First();
        string id = "abacus"; // sorts first, so every other article's corpus-wide index moves
        int group = CorpusSpecBuilder.GroupOf(id);
        Assert.DoesNotContain(group, TestCorpora.ArticleIds.Select(CorpusSpecBuilder.GroupOf));

        GeneratorDriver driver = first.Driver.AddAdditionalTexts(
            System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(Fixtures.File(id + ".txt", TestCorpora.Article(id))));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.ArticleParse, cached: 4, added: 1);
        // The new article's group was empty and now holds it; every other group is untouched.
        AssertCounts(second, TrackingNames.ArticleGroups, modified: 1, unchanged: CorpusSpecBuilder.GroupCount - 1);
        string newGroup = "ArticleGroup" + group.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        Assert.Equal(
            new[] { newGroup, "Articles.g.cs", "CorpusData.g.cs" },
            second.Sources.Where(s => !first.HintNames.Contains(s.Key) || !string.Equals(s.Value, first.Source(s.Key), StringComparison.Ordinal))
                .Select(s => s.Key)
                .OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Editing_the_registry_re_binds_without_parsing_any_article()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText registry = texts.Single(t => t.Path.EndsWith("/entities.txt", StringComparison.Ordinal));

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(
            registry,
            registry.WithText(registry.Content.Replace("Professor at Georgetown University.", "Korea chair at CSIS.", StringComparison.Ordinal)));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.RegistryParse, modified: 1, cached: 1);
        AssertCounts(second, TrackingNames.ArticleParse, cached: 4);
        AssertCounts(second, TrackingNames.ArticleLayout, cached: 4);
        AssertCounts(second, TrackingNames.EntityTable, modified: 1);
        // Re-bound against the new table, with an identical result: a description is not part of an article.
        AssertCounts(second, TrackingNames.ArticleBind, unchanged: 4);
        AssertCounts(second, TrackingNames.ArticleGroups, unchanged: CorpusSpecBuilder.GroupCount);

        Assert.Contains("Korea chair at CSIS.", second.Source("CorpusData.g.cs"), StringComparison.Ordinal);
        Assert.All(second.Sources.Where(s => s.Key.StartsWith("ArticleGroup", StringComparison.Ordinal)), s => Assert.Equal(first.Source(s.Key), s.Value));
    }

    [Fact]
    public void Editing_one_article_lays_out_only_that_article_and_binds_the_others_to_their_previous_models()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText bravo = texts.Single(t => t.Path.EndsWith("/bravo.txt", StringComparison.Ordinal));

        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(bravo, bravo.WithText(bravo.Content.Replace("spoke in", "spoke softly in", StringComparison.Ordinal)));
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        Assert.Equal(
            new[] { ("bravo", IncrementalStepRunReason.Modified) },
            Layouts(second).Where(l => l.Reason != IncrementalStepRunReason.Cached).Select(l => (l.Layout.Article.Id!, l.Reason)));
        AssertCounts(second, TrackingNames.ArticleLayout, modified: 1, cached: 3);

        // The three other layouts are the previous run's instances, and so are the articles that
        // their models carry (every reference of the test corpus resolves): binding them again
        // copied nothing, and the driver keeps the previous, equal models.
        Dictionary<string, ArticleLayout> before = Layouts(first).ToDictionary(l => l.Layout.Article.Id!, l => l.Layout, StringComparer.Ordinal);
        Dictionary<string, ArticleModel> modelsBefore = Models(first).ToDictionary(m => m.Model.Bound.Article.Id!, m => m.Model, StringComparer.Ordinal);
        foreach ((ArticleLayout layout, _) in Layouts(second).Where(l => l.Reason == IncrementalStepRunReason.Cached))
        {
            string id = layout.Article.Id!;
            Assert.Same(before[id], layout);
            Assert.Same(layout.Article, modelsBefore[id].Bound.Article);
            Assert.Same(modelsBefore[id], Models(second).Single(m => m.Model.Bound.Article.Id == id).Model);
        }

        ArticleLayout edited = Layouts(second).Single(l => l.Layout.Article.Id == "bravo").Layout;
        Assert.NotSame(before["bravo"], edited);
        Assert.Contains("spoke softly in", edited.Article.Body, StringComparison.Ordinal);
        Assert.Equal(
            new[] { ("bravo", IncrementalStepRunReason.Modified) },
            Models(second).Where(m => m.Reason != IncrementalStepRunReason.Unchanged).Select(m => (m.Model.Bound.Article.Id!, m.Reason)));
    }

    [Fact]
    public void Editing_the_registry_lays_out_no_article_again()
    {
        (GeneratorRun first, CSharpCompilation compilation, List<InMemoryAdditionalText> texts) = First();
        InMemoryAdditionalText registry = texts.Single(t => t.Path.EndsWith("/entities.txt", StringComparison.Ordinal));

        // A new entity sorts first and moves every other entity's index: every model changes, no layout does.
        InMemoryAdditionalText edited = registry.WithText(registry.Content + "\n\n@aaa-first organization\nname: First\n");
        GeneratorDriver driver = first.Driver.ReplaceAdditionalText(registry, edited);
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);

        AssertCounts(second, TrackingNames.RegistryParse, modified: 1, cached: 1);
        AssertCounts(second, TrackingNames.ArticleParse, cached: 4);
        AssertCounts(second, TrackingNames.ArticleLayout, cached: 4);
        AssertCounts(second, TrackingNames.EntityTable, modified: 1);
        AssertCounts(second, TrackingNames.ArticleBind, modified: 4);
        Assert.Equal(Layouts(first).Select(l => l.Layout), Layouts(second).Select(l => l.Layout), ReferenceEqualityComparer.Instance);

        // The cached layouts were filled against the new table: the same models as a fresh run's.
        GeneratorRun fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts.Select(t => t == registry ? edited : t).ToList()), compilation);
        Assert.Equal(
            Models(fresh).Select(m => m.Model).OrderBy(m => m.Bound.Article.Id, StringComparer.Ordinal),
            Models(second).Select(m => m.Model).OrderBy(m => m.Bound.Article.Id, StringComparer.Ordinal));
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
        AssertCounts(second, TrackingNames.ArticleGroups, modified: CorpusSpecBuilder.GroupCount);
        Assert.All(second.Sources, s => Assert.Contains("namespace Other.Corpus\n", s.Value, StringComparison.Ordinal));
    }

    internal static (GeneratorRun Run, CSharpCompilation Compilation, List<InMemoryAdditionalText> Texts) First()
    {
        List<InMemoryAdditionalText> texts = TestCorpora.Multi();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts), compilation);
        return (run, compilation, texts);
    }

    private static IEnumerable<(ArticleLayout Layout, IncrementalStepRunReason Reason)> Layouts(GeneratorRun run) =>
        run.Result.TrackedSteps[TrackingNames.ArticleLayout].SelectMany(s => s.Outputs).Select(o => ((ArticleLayout)o.Value, o.Reason));

    private static IEnumerable<(ArticleModel Model, IncrementalStepRunReason Reason)> Models(GeneratorRun run) =>
        run.Result.TrackedSteps[TrackingNames.ArticleBind].SelectMany(s => s.Outputs).Select(o => ((ArticleModel)o.Value, o.Reason));

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
