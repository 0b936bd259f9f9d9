using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Fuzz;

/// <summary>What the package's targets tell the generator: every file is a corpus file; a namespace.</summary>
internal sealed class FuzzOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options CorpusFile = new(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer) { ["build_metadata.AdditionalFiles.CorpusFile"] = "true" });

    private static readonly Options None = new(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer) { ["build_property.CorpusNamespace"] = "Fuzz.Corpus" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => CorpusFile;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
