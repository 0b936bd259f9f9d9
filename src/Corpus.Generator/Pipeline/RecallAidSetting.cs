using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// Whether the build runs the recall aid (CG0312, CG0313): the MSBuild property
/// <c>CorpusRecallAid</c>, on unless <c>false</c>. Suppressing the two diagnostics hides them;
/// this also saves their cost (a pass of the name automaton over every article on every
/// compiler run), for a corpus whose authors use <c>corpus check</c> or the editor instead.
/// </summary>
internal static class RecallAidSetting
{
    public static bool IsEnabled(AnalyzerConfigOptions options) =>
        !(options.TryGetValue("build_property.CorpusRecallAid", out string? value)
          && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
}
