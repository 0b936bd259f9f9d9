using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Corpus.Generator;
using Corpus.Syntax;
using Corpus.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>A synthetic corpus on disk and in memory, and the driver plumbing to run the generator over it.</summary>
internal sealed class CorpusFixture : IDisposable
{
    public CorpusFixture(int articles)
    {
        Directory = Path.Combine(Path.GetTempPath(), "corpus-bench-" + articles + "-" + Environment.ProcessId);
        SyntheticCorpus.Write(Directory, articles);
        Paths = System.IO.Directory.GetFiles(Directory, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Texts = Paths.Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p))).ToImmutableArray();
        Compilation = CSharpCompilation.Create(
            "BenchCorpus",
            references: References(),
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public string Directory { get; }

    public string[] Paths { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    /// <param name="trackSteps">Whether the driver records each step (for profiles; it slows incremental runs).</param>
    /// <param name="recallAid">false: the project sets <c>CorpusRecallAid=false</c>, to measure what the recall aid costs.</param>
    public GeneratorDriver CreateDriver(bool trackSteps = false, bool recallAid = true) => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        Texts,
        new CSharpParseOptions(LanguageVersion.Latest),
        recallAid ? new Options() : new Options(RecallAidOff),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static IEnumerable<MetadataReference> References()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Corpus.Model.Article).Assembly.Location));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>An AdditionalText with its text already read, as the compiler's own are after the first build.</summary>
    public sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private static readonly Dictionary<string, string> RecallAidOff = new() { ["build_property.CorpusRecallAid"] = "false" };

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Values File = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusFile"] = "true" });
        private readonly Values _global;

        public Options(Dictionary<string, string>? more = null)
        {
            var global = new Dictionary<string, string> { ["build_property.CorpusNamespace"] = "Bench" };
            foreach (KeyValuePair<string, string> pair in more ?? new Dictionary<string, string>())
            {
                global[pair.Key] = pair.Value;
            }

            _global = new Values(global);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => File;
    }

    private sealed class Values : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Values(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
