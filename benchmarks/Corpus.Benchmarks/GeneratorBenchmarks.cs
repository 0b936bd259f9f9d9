using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator over 1k and 10k synthetic articles: a cold run, a run with no change and a
/// run after one article's body changed, each as a ratio to the floor of reading the same
/// files from disk (the baseline, measured in the same run).
/// </summary>
[MemoryDiagnoser]
[InProcessJob(RunStrategy.Throughput, warmupCount: 1, iterationCount: 6)]
public class GeneratorBenchmarks
{
    private CorpusFixture _fixture = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new CorpusFixture(Articles);
        _warm = _fixture.CreateDriver().RunGenerators(_fixture.Compilation);
        _original = _fixture.Texts[1]; // [0] is the registry
        string text = _original.GetText()!.ToString();
        _edited = new CorpusFixture.FileText(_original.Path, text.Replace("declined to comment", "refused to comment", System.StringComparison.Ordinal));
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Baseline = true, Description = "read floor (File.ReadAllText)")]
    public long ReadFloor()
    {
        long total = 0;
        foreach (string path in _fixture.Paths)
        {
            total += File.ReadAllText(path).Length;
        }

        return total;
    }

    [Benchmark(Description = "generator: cold")]
    public GeneratorDriver Cold() => _fixture.CreateDriver().RunGenerators(_fixture.Compilation);

    /// <summary>The cold run without the recall aid (CorpusRecallAid=false): the difference to "cold" is what CG0312/CG0313 cost.</summary>
    [Benchmark(Description = "generator: cold, recall aid off")]
    public GeneratorDriver ColdWithoutRecallAid() => _fixture.CreateDriver(recallAid: false).RunGenerators(_fixture.Compilation);

    [Benchmark(Description = "generator: no change")]
    public GeneratorDriver NoChange() => _warm.RunGenerators(_fixture.Compilation);

    [Benchmark(Description = "generator: one edit")]
    public GeneratorDriver OneEdit() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_fixture.Compilation);
}
