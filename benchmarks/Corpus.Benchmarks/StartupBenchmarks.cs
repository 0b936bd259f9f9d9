using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// Fresh processes (<c>dotnet App.dll mode</c>) over the 10k-article corpus: the first typed
/// access (<c>Articles.X.Title</c> of the last article) and a walk over every quote with its
/// speaker, each against the JSON Lines peer doing the same; the baseline is a process that
/// only prints a word, the floor of starting the runtime.
/// </summary>
[InProcessJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 8)]
public class StartupBenchmarks
{
    private BenchWorkspace _workspace = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workspace = BenchWorkspace.Prepare(Articles);
        _workspace.BuildApp();
    }

    [Benchmark(Baseline = true, Description = "fresh process: print a word")]
    public string Nothing() => Run("nothing");

    [Benchmark(Description = "fresh process: Articles.X.Title")]
    public string TypedFirst() => Run("typed-first");

    [Benchmark(Description = "fresh process: JSONL load, then X.Title")]
    public string JsonlFirst() => Run("jsonl-first " + _workspace.JsonlDirectory);

    [Benchmark(Description = "fresh process: every quote and speaker, compiled")]
    public string TypedQuotes() => Run("typed-quotes");

    [Benchmark(Description = "fresh process: every quote and speaker, JSONL")]
    public string JsonlQuotes() => Run("jsonl-quotes " + _workspace.JsonlDirectory);

    private string Run(string mode) => BenchWorkspace.Dotnet("\"" + _workspace.AppPath + "\" " + mode);
}
