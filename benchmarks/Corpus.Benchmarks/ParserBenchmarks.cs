using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Syntax;
using Corpus.Syntax.Parsing;
using Corpus.Synthetic;

namespace Corpus.Benchmarks;

/// <summary>
/// ArticleParser.Parse alone over 1,000 synthetic articles already in memory: the parsing share
/// of a cold generator run, without Roslyn, reading or binding (issue #7).
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*ParserBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[InProcessJob(RunStrategy.Throughput, warmupCount: 3, iterationCount: 10)]
public class ParserBenchmarks
{
    private CorpusSourceFile[] _articles = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    /// <summary>Characters parsed per operation, to turn the allocation into bytes per input character.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        List<CorpusSourceFile> files = SyntheticCorpus.Create(Articles);
        _articles = files.GetRange(1, Articles).ToArray(); // the registry comes first
        foreach (CorpusSourceFile file in _articles)
        {
            Characters += file.Text.Length;
        }
    }

    [Benchmark(Description = "ArticleParser.Parse, 1,000 synthetic articles")]
    public int Parse()
    {
        int total = 0;
        foreach (CorpusSourceFile file in _articles)
        {
            total += ArticleParser.Parse(file.Path, file.Text).Body.Length;
        }

        return total;
    }
}
