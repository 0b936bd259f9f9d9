using System;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The minimal reproduction of a Roslyn defect that the incremental property test
/// (IncrementalCorrectnessTests) once found in CorpusGenerator: a values provider combined with a
/// value provider loses an item after this sequence (remove one input of the value provider,
/// remove one item, then replace the other input of the value provider with text that gives an
/// equal value), but only when the driver tracks its steps (<c>trackIncrementalGeneratorSteps</c>,
/// which tests turn on and the compiler does not). So the generator combines each article with the
/// entity table as Roslyn intends, and the property test runs the driver untracked, as csc does.
/// When the first assertion fails, Roslyn has fixed the defect.
/// </summary>
public sealed class CombineLossReproTests
{
    [Theory]
    [InlineData(true, "// /corpus/alpha.txt-")]
    [InlineData(false, "// /corpus/alpha.txt-,/corpus/charlie.txt-")]
    public void Combine_per_item_loses_an_item_only_when_steps_are_tracked(bool track, string expected)
    {
        AdditionalText[] texts =
        {
            Fixtures.File("a.reg", "a"),
            Fixtures.File("b.reg", "b"),
            Fixtures.File("alpha.txt", "alpha"),
            Fixtures.File("bravo.txt", "bravo"),
            Fixtures.File("charlie.txt", "charlie"),
        };
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = Create(texts, track).RunGenerators(compilation);
        driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(texts[0])).RunGenerators(compilation);
        driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(texts[3])).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(texts[1], Fixtures.File("b.reg", "b\n")).RunGenerators(compilation);

        string fresh = Output(Create(new[] { Fixtures.File("b.reg", "b\n"), texts[2], texts[4] }, track).RunGenerators(compilation));
        Assert.Equal("// /corpus/alpha.txt-,/corpus/charlie.txt-", fresh);
        Assert.Equal(expected, Output(driver));
    }

    private static GeneratorDriver Create(AdditionalText[] texts, bool track) => CSharpGeneratorDriver.Create(
        new[] { new PerItemCombine().AsSourceGenerator() },
        texts,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static string Output(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString();

    /// <summary>Each item combined with one value made of the other inputs, then collected.</summary>
    private sealed class PerItemCombine : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<AdditionalText> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => pair.Left);
            IncrementalValuesProvider<string> items = files
                .Where(static t => t.Path.EndsWith(".txt", StringComparison.Ordinal))
                .Select(static (t, _) => t.Path);
            IncrementalValueProvider<string> table = files
                .Where(static t => t.Path.EndsWith(".reg", StringComparison.Ordinal))
                .Select(static (t, ct) => t.GetText(ct)!.ToString().Trim())
                .Collect()
                .Select(static (all, _) => string.Join(",", all.OrderBy(x => x, StringComparer.Ordinal)));
            IncrementalValuesProvider<string> bound = items
                .Combine(table)
                .Select(static (pair, _) => pair.Left + (pair.Right.Contains('a', StringComparison.Ordinal) ? "+" : "-"))
                .WithTrackingName("Bind");
            context.RegisterSourceOutput(bound.Collect(), static (spc, all) =>
                spc.AddSource("out.g.cs", "// " + string.Join(",", all.OrderBy(x => x, StringComparer.Ordinal))));
        }
    }
}
