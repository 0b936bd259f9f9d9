using System;
using System.Collections.Generic;
using Corpus.Syntax.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Tells the corpus files among the AdditionalFiles: those the package's targets list in
/// <c>build_property._CorpusFileList</c> (<see cref="CorpusFileList"/>), or, from a host that
/// passes per-file metadata instead, those with <c>build_metadata.AdditionalFiles.CorpusFile = true</c>.
/// Made once per set of options, so the list is decoded once, not once per file.
/// </summary>
internal sealed class CorpusFileSelector
{
    private const string CorpusFileMetadata = "build_metadata.AdditionalFiles.CorpusFile";

    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly HashSet<string> _listed;

    public CorpusFileSelector(AnalyzerConfigOptionsProvider options)
    {
        _options = options;
        _listed = CorpusFileList.Decode(options.GlobalOptions.TryGetValue(CorpusFileList.OptionKey, out string? list) ? list : null);
    }

    public bool IsCorpusFile(AdditionalText file) =>
        _listed.Contains(CorpusFileList.Normalize(file.Path)) ||
        (_options.GetOptions(file).TryGetValue(CorpusFileMetadata, out string? flag) &&
         string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase));
}
