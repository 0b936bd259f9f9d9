using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// <c>dotnet build</c> (a full rebuild, restored beforehand) of the 10k-article corpus library,
/// against the same files compiled by the simplest copy-the-text generator
/// (benchmarks/Corpus.Baseline.Generator, the baseline). Both builds run the same SDK, the same
/// compiler server and the same MSBuild steps; the ratio is what parsing, binding and the typed
/// API add to putting the text into an assembly at all.
/// </summary>
[InProcessJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 2)]
public class BuildBenchmarks
{
    private BenchWorkspace _workspace = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _workspace = BenchWorkspace.Prepare(Articles);

    /// <summary>The last build of the library is a complete one: the suites after this one reuse it.</summary>
    [GlobalCleanup]
    public void Cleanup() => _workspace.LibraryWasBuilt();

    [Benchmark(Baseline = true, Description = "dotnet build: copy-the-text generator")]
    public string CopyText() => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(_workspace.CopyProject));

    [Benchmark(Description = "dotnet build: Corpus.Generator")]
    public string CorpusGenerator() => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(_workspace.LibraryProject));
}
