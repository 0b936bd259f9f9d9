using System;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Peer;
using Corpus.Benchmarks.Workspace;
using Corpus.Model;

namespace Corpus.Benchmarks;

/// <summary>
/// Every quote with its speaker over the 10k-article corpus, in process: the compiled library
/// (a fresh catalog per operation, so every article is created and decoded again, as in a new
/// process but without the JIT) against loading the JSON Lines export with System.Text.Json's
/// source-generated context (the baseline).
/// </summary>
[MemoryDiagnoser]
[InProcessJob(RunStrategy.Throughput, warmupCount: 2, iterationCount: 8)]
public class QuoteBenchmarks
{
    private BenchWorkspace _workspace = null!;
    private Assembly _library = null!;
    private ulong _hash;
    private Func<CorpusCatalog, int, Article?> _create = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workspace = BenchWorkspace.Prepare(Articles);
        _workspace.BuildLibrary();
        _library = AssemblyLoadContext.Default.LoadFromAssemblyPath(_workspace.LibraryPath);

        // The generated catalog is one static instance; the benchmark opens a new one from the
        // same data resource each time (with the generated code's hash and article factory), to
        // start from nothing every time.
        Type data = _library.GetType(BenchWorkspace.Namespace + ".__CorpusData", throwOnError: true)!;
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;
        _hash = (ulong)data.GetField("SurfaceHash", Private)!.GetRawConstantValue()!;
        _create = data.GetMethod("CreateArticle", Private)!.CreateDelegate<Func<CorpusCatalog, int, Article?>>();
        if (Compiled() != Jsonl())
        {
            throw new InvalidOperationException("the compiled corpus and the JSON Lines export disagree");
        }
    }

    [Benchmark(Baseline = true, Description = "JSONL + System.Text.Json (source-generated): load, every quote and speaker")]
    public long Jsonl()
    {
        JsonlCorpus corpus = JsonlCorpus.Load(_workspace.JsonlDirectory);
        long total = 0;
        foreach (JsonArticle article in corpus.Articles)
        {
            foreach (JsonQuote quote in article.Quotes)
            {
                total += quote.Text.Length + (quote.Speaker is null ? 0 : corpus.Entities[quote.Speaker].Name.Length);
            }
        }

        return total;
    }

    [Benchmark(Description = "compiled corpus: every quote and speaker")]
    public long Compiled()
    {
        CorpusCatalog catalog = CorpusCatalog.Load(_library, _hash, _create);
        long total = 0;
        foreach (Article article in catalog.Articles)
        {
            foreach (Quote quote in article.Quotes)
            {
                total += quote.Text.Length + (quote.Speaker?.Name.Length ?? 0);
            }
        }

        return total;
    }
}
