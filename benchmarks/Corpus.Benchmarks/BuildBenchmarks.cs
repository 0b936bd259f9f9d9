using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// <c>dotnet build</c> of the corpus library against the baseline a user would otherwise pick:
/// the same corpus files as plain <c>EmbeddedResource</c> items of a library with no generator.
/// Three comparisons, each with its own baseline row: a cold build (a full rebuild, restored
/// beforehand, without the compiler server), and a build after editing one article with the
/// compiler server off and on. The edit is made before each iteration, so every measured build
/// has one changed article to compile.
/// </summary>
[InProcessJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BuildBenchmarks
{
    private BenchWorkspace _workspace = null!;

    /// <summary>832: the corpus of issue #11's check ("one-edit rebuild within 1.5×"); 1k and 10k: the suite's sizes.</summary>
    [Params(832, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _workspace = BenchWorkspace.Prepare(Articles);

    /// <summary>The last build of the library is a complete one: the suites after this one reuse it.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.LibraryWasBuilt();
        BenchWorkspace.Dotnet("build-server shutdown");
    }

    [IterationSetup(Targets = new[] { nameof(ResourcesEditServerOff), nameof(CorpusEditServerOff), nameof(ResourcesEditServerOn), nameof(CorpusEditServerOn) })]
    public void EditOneArticle() => _workspace.EditOneArticle();

    [BenchmarkCategory("cold"), Benchmark(Baseline = true, Description = "cold: EmbeddedResource library")]
    public string ResourcesCold() => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(_workspace.ResourceProject));

    [BenchmarkCategory("cold"), Benchmark(Description = "cold: Corpus.Generator library")]
    public string CorpusCold() => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(_workspace.LibraryProject));

    [BenchmarkCategory("edit, server off"), Benchmark(Baseline = true, Description = "one edit, server off: EmbeddedResource library")]
    public string ResourcesEditServerOff() => BenchWorkspace.Dotnet(BenchWorkspace.IncrementalBuildArguments(_workspace.ResourceProject, compilerServer: false));

    [BenchmarkCategory("edit, server off"), Benchmark(Description = "one edit, server off: Corpus.Generator library")]
    public string CorpusEditServerOff() => BenchWorkspace.Dotnet(BenchWorkspace.IncrementalBuildArguments(_workspace.LibraryProject, compilerServer: false));

    [BenchmarkCategory("edit, server on"), Benchmark(Baseline = true, Description = "one edit, server on: EmbeddedResource library")]
    public string ResourcesEditServerOn() => BenchWorkspace.Dotnet(BenchWorkspace.IncrementalBuildArguments(_workspace.ResourceProject, compilerServer: true));

    [BenchmarkCategory("edit, server on"), Benchmark(Description = "one edit, server on: Corpus.Generator library")]
    public string CorpusEditServerOn() => BenchWorkspace.Dotnet(BenchWorkspace.IncrementalBuildArguments(_workspace.LibraryProject, compilerServer: true));
}
