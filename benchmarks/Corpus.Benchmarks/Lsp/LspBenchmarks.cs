using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Synthetic;

namespace Corpus.Benchmarks.Lsp;

/// <summary>
/// <c>corpus lsp</c>'s latency on a 1,000-article synthetic corpus, one request per iteration
/// (the Monitoring strategy), so the P95 column is the 95th percentile of single requests:
/// diagnostics after a one-character edit (the round trip from didChange to publishDiagnostics),
/// completion of an id after <c>{@</c>, and a rename across the corpus (the WorkspaceEdit).
/// Targets: 50 ms, 20 ms and 500 ms. The memory the loaded workspace holds is printed by the
/// setup (the "Workspace memory" line); allocations per request are in the Allocated column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyColumns))]
[InProcessJob(RunStrategy.Monitoring, warmupCount: 5, iterationCount: 60)]
public class LspBenchmarks
{
    private string _root = null!;
    private LspBenchClient _client = null!;
    private string _uri = null!;
    private int _version = 1;
    private int _editLine;
    private bool _inserted;
    private Position _completionAt = null!;
    private Position _renameAt = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "corpus-lsp-bench-" + Articles);
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        SyntheticCorpus.Write(_root, Articles);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        _client = new LspBenchClient(_root);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine("// Workspace memory: " + ((after - before) / (1024.0 * 1024.0)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            + " MB held after loading " + _client.Server.Workspace.Count + " files (" + DirectorySize(_root) / (1024 * 1024) + " MB on disk)");

        // One article open in the editor, with a half-typed '[…]{@per' as its last line.
        string path = Path.Combine(_root, "articles", SyntheticCorpus.ArticleId(Articles / 2) + ".txt");
        _uri = new Uri(path).AbsoluteUri;
        string text = File.ReadAllText(path) + "\n[Someone]{@per";
        string[] lines = text.Split('\n');
        _client.OpenAndWait(_uri, text);
        _completionAt = new Position(lines.Length - 1, lines[^1].Length);
        _editLine = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal) && l.Length == 3) + 1;
        _editLine = Array.FindIndex(lines, _editLine, l => l.StartsWith("---", StringComparison.Ordinal)) + 1; // the first body line

        // The rename starts from the first id of the first body line that has one.
        int renameLine = Array.FindIndex(lines, _editLine, l => l.Contains("{@", StringComparison.Ordinal));
        _renameAt = new Position(renameLine, lines[renameLine].IndexOf("{@", StringComparison.Ordinal) + 2);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Description = "diagnostics after a one-character edit (didChange → publishDiagnostics)")]
    public int DiagnosticsAfterEdit()
    {
        // Type a character at the start of the first body line, then delete it, in turn.
        var start = new Position(_editLine, 0);
        TextDocumentContentChangeEvent change = _inserted
            ? new TextDocumentContentChangeEvent(new Range(start, new Position(_editLine, 1)), string.Empty)
            : new TextDocumentContentChangeEvent(new Range(start, start), "x");
        _inserted = !_inserted;
        return _client.ChangeAndWait(_uri, ++_version, change).Diagnostics.Count;
    }

    [Benchmark(Description = "completion of an id after {@")]
    public int Completion() =>
        _client.Request<CompletionList>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier(_uri), _completionAt)).Items.Count;

    [Benchmark(Description = "rename an entity across the corpus (the WorkspaceEdit)")]
    public int Rename() =>
        _client.Request<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(_uri), _renameAt, "renamed-entity")).Changes.Count;

    private static long DirectorySize(string directory)
    {
        long total = 0;
        foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            total += new FileInfo(file).Length;
        }

        return total;
    }

    /// <summary>The percentiles a latency target is stated in.</summary>
    private sealed class LatencyColumns : ManualConfig
    {
        public LatencyColumns() => AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
