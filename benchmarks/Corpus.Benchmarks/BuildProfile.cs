using System;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// Where a build of the 10k corpus library spends its time (a profile, not a benchmark: one
/// build each), the figures docs/benchmarks.md quotes under table A: cold builds of the
/// EmbeddedResource baseline and of the library with and without the <c>Articles.X</c>
/// properties, then one build after an edit of each, the library's split into csc, the generator
/// inside it and the build step (MSBuild's performance summary, the compiler's analyzer report
/// and the build step's own log line).
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- build-profile</c>.
/// </summary>
internal static class BuildProfile
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(10);

    public static void Run()
    {
        BenchWorkspace workspace = BenchWorkspace.Prepare(10_000);
        Console.WriteLine("| build | time |");
        Console.WriteLine("|---|---:|");
        Row("cold: EmbeddedResource library", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.ResourceProject)));
        Row("cold: Corpus.Generator library", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.LibraryProject)));
        Row("cold: Corpus.Generator library, CorpusArticleProperties=false", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.LibraryProject) + " -p:CorpusArticleProperties=false"));

        // Rebuilt with the properties, so the edit below compiles the usual library.
        BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.LibraryProject));
        workspace.EditOneArticle();
        Row("one edit, server off: EmbeddedResource library", () => BenchWorkspace.Dotnet(BenchWorkspace.IncrementalBuildArguments(workspace.ResourceProject, compilerServer: false)));
        string log = string.Empty;
        Row("one edit, server off: Corpus.Generator library", () => log = BenchWorkspace.Dotnet(
            BenchWorkspace.IncrementalBuildArguments(workspace.LibraryProject, compilerServer: false).Replace("-v:q", "-v:d", StringComparison.Ordinal)
            + " -clp:PerformanceSummary -p:ReportAnalyzer=true"));

        Console.WriteLine();
        Console.WriteLine("Of the last build:");
        Console.WriteLine("- csc: " + Find(log, @"^\s*(\d+) ms\s+Csc\s") + " ms, of which the generator " + Find(log, @"^\s*([\d.]+)\s+\d+\s+Corpus\.Generator\.CorpusGenerator\s*$") + " s and the analyzers " + Find(log, @"Total analyzer execution time: ([\d.]+) seconds") + " s");
        Console.WriteLine("- the build step: " + Find(log, @"^\s*(\d+) ms\s+WriteCorpusData\s") + " ms; its own line: " + Find(log, @"(Corpus data: [^\n]*\))"));
    }

    private static void Row(string what, Action build)
    {
        var clock = Stopwatch.StartNew();
        build();
        Console.WriteLine("| " + what + " | " + clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s |");
    }

    private static string Find(string log, string pattern)
    {
        Match match = Regex.Match(log, pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant, RegexTimeout);
        return match.Success ? match.Groups[1].Value.Trim() : "(not found)";
    }
}
