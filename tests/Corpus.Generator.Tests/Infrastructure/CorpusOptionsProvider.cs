using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// What MSBuild would hand the generator: the global <c>build_property.CorpusNamespace</c>,
/// and <c>build_metadata.AdditionalFiles.CorpusFile = true</c> on each corpus file (the
/// package's targets set it on <c>corpus/**/*.txt</c>). Files are recognised by path, so a
/// text replaced through <c>GeneratorDriver.ReplaceAdditionalText</c> keeps its metadata.
/// </summary>
internal sealed class CorpusOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string CorpusFileKey = "build_metadata.AdditionalFiles.CorpusFile";
    public const string NamespaceKey = "build_property.CorpusNamespace";

    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer));
    private static readonly DictionaryOptions CorpusFile = new(new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer) { [CorpusFileKey] = "true" });

    private readonly Func<string, bool> _isCorpusFile;

    public CorpusOptionsProvider(string? corpusNamespace, Func<string, bool>? isCorpusFile = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer);
        if (corpusNamespace is not null)
        {
            global[NamespaceKey] = corpusNamespace;
        }

        foreach (KeyValuePair<string, string> property in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + property.Key] = property.Value;
        }

        GlobalOptions = new DictionaryOptions(global);
        _isCorpusFile = isCorpusFile ?? (static _ => true);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _isCorpusFile(textFile.Path) ? CorpusFile : Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
