using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// Where a cold generator run spends its time, as Roslyn's own step tracking reports it
/// (a profile, not a benchmark: one run after one warm-up run):
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- steps 10000</c>.
/// </summary>
internal static class StepProfile
{
    public static void Run(int articles)
    {
        using var fixture = new CorpusFixture(articles);
        fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation); // JIT and disk cache
        var clock = Stopwatch.StartNew();
        GeneratorDriver driver = fixture.CreateDriver(trackSteps: true).RunGenerators(fixture.Compilation);
        TimeSpan wall = clock.Elapsed;
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        Console.WriteLine("Cold run over " + articles.ToString(CultureInfo.InvariantCulture) + " articles: " + Ms(wall) + " wall, " + Ms(driver.GetTimingInfo().ElapsedTime) + " inside the generator driver.");
        Console.WriteLine();
        Console.WriteLine("| Step | Runs | Total |");
        Console.WriteLine("|---|---:|---:|");
        // TrackedSteps holds the pipeline's named steps, Roslyn's inputs and the source outputs (SourceOutput: emitting and reporting).
        foreach ((string name, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> runs) in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)))
        {
            var total = TimeSpan.FromTicks(runs.Sum(r => r.ElapsedTime.Ticks));
            Console.WriteLine("| " + name + " | " + runs.Length.ToString(CultureInfo.InvariantCulture) + " | " + Ms(total) + " |");
        }
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
