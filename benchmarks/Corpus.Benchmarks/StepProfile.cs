using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// Where a generator run spends its time, as Roslyn's own step tracking reports it
/// (a profile, not a benchmark: one run after one warm-up run). A cold run:
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- steps 10000</c>;
/// the benchmark's "one edit" (one phrase of one article's body, on a driver that has run once):
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- steps 1000 edit</c>.
/// Roslyn's step tracking makes an incremental run superlinear in the number of items (1.8 s at
/// 1k against some 30 ms untracked; 10k did not finish in 15 minutes), so the edit profile first
/// times the same edit untracked, the figure to compare with the benchmark, and tracks the steps
/// only up to 2,000 articles.
/// </summary>
internal static class StepProfile
{
    public static void Run(int articles, bool edit)
    {
        using var fixture = new CorpusFixture(articles);
        GeneratorDriver driver;
        TimeSpan wall;
        string what;
        if (edit)
        {
            AdditionalText original = fixture.Texts[1]; // [0] is the registry, as in GeneratorBenchmarks
            string text = original.GetText()!.ToString();
            AdditionalText edited = new CorpusFixture.FileText(original.Path, text.Replace("declined to comment", "refused to comment", StringComparison.Ordinal));
            Console.WriteLine("Untracked one-edit run over " + articles.ToString(CultureInfo.InvariantCulture) + " articles: " + Ms(UntrackedEdit(fixture, original, edited)) + " wall (median of 15, after 15 warm-up runs).");
            if (articles > TrackedEditLimit)
            {
                return;
            }

            GeneratorDriver warm = fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation);
            warm.ReplaceAdditionalText(original, edited).RunGenerators(fixture.Compilation); // JIT of the incremental paths
            var clock = Stopwatch.StartNew();
            driver = warm.ReplaceAdditionalText(original, edited).RunGenerators(fixture.Compilation);
            wall = clock.Elapsed;
            what = "One-edit run";
        }
        else
        {
            fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation); // JIT and disk cache
            var clock = Stopwatch.StartNew();
            driver = fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation);
            wall = clock.Elapsed;
            what = "Cold run";
        }

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Console.WriteLine(what + " over " + articles.ToString(CultureInfo.InvariantCulture) + " articles: " + Ms(wall) + " wall, " + Ms(driver.GetTimingInfo().ElapsedTime) + " inside the generator driver.");
        Console.WriteLine();
        Console.WriteLine("| Step | Runs | Total | Outputs |");
        Console.WriteLine("|---|---:|---:|---|");
        // TrackedSteps holds the pipeline's named steps, Roslyn's inputs and the source outputs (SourceOutput: emitting and reporting).
        // Step tracking times a step from its inputs to its outputs, the driver's comparison with the previous outputs included.
        foreach ((string name, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> runs) in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)))
        {
            var total = TimeSpan.FromTicks(runs.Sum(r => r.ElapsedTime.Ticks));
            string outputs = string.Join(", ", runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => g.Key + "×" + g.Count().ToString(CultureInfo.InvariantCulture)));
            Console.WriteLine("| " + name + " | " + runs.Length.ToString(CultureInfo.InvariantCulture) + " | " + Ms(total) + " | " + outputs + " |");
        }
    }

    /// <summary>The largest corpus whose one edit is profiled with step tracking, which is superlinear in the items.</summary>
    private const int TrackedEditLimit = 2_000;

    private static TimeSpan UntrackedEdit(CorpusFixture fixture, AdditionalText original, AdditionalText edited)
    {
        GeneratorDriver warm = fixture.CreateDriver().RunGenerators(fixture.Compilation);
        var times = new TimeSpan[15];
        for (int i = 0; i < times.Length; i++)
        {
            warm.ReplaceAdditionalText(original, edited).RunGenerators(fixture.Compilation); // JIT, up to the optimized tier
        }

        for (int i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            warm.ReplaceAdditionalText(original, edited).RunGenerators(fixture.Compilation);
            times[i] = clock.Elapsed;
        }

        Array.Sort(times);
        return times[times.Length / 2];
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";
}
