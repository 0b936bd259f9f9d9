using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// <c>CorpusRecallAid=false</c> turns the recall aid off: CG0312 and CG0313 are not computed at all
/// (not merely hidden), and everything else the build reports and emits stays the same.
/// </summary>
public sealed class RecallAidSettingTests
{
    // Unannotated registered names (CG0312: "Beijing", "Mr. Cha") and an unattributed quotation with a clear cue (CG0313).
    private static readonly InMemoryAdditionalText Article = Fixtures.File(
        "case.txt",
        "---\ntitle: T\n---\n[China]{@china} and Beijing talked.\n\n“We will see,” Mr. Cha said.\n");

    [Fact]
    public void The_recall_aid_runs_by_default_and_not_when_turned_off()
    {
        GeneratorRun on = GeneratorHarness.Run(Fixtures.Basic().Append(Article));
        GeneratorRun off = GeneratorHarness.Run(
            Fixtures.Basic().Append(Article),
            new HarnessOptions { Properties = new Dictionary<string, string> { ["CorpusRecallAid"] = "False" } });

        Assert.Equal(new[] { "/corpus/case.txt(4,21,4,28): info CG0312", "/corpus/case.txt(6,16,6,23): info CG0312" }, Where(on, "CG0312", "case.txt"));
        Assert.Equal(new[] { "/corpus/case.txt(6,1,6,15): info CG0313" }, Where(on, "CG0313", "case.txt"));
        Assert.Empty(off.WithId("CG0312"));
        Assert.Empty(off.WithId("CG0313"));

        // Nothing else changes: the same other diagnostics, the same generated sources.
        Assert.Equal(
            on.Diagnostics.Where(d => d.Id is not ("CG0312" or "CG0313")).Select(DiagnosticAssert.Where),
            off.Diagnostics.Select(DiagnosticAssert.Where));
        Assert.Equal(on.Sources, off.Sources);
    }

    private static IEnumerable<string> Where(GeneratorRun run, string id, string file) =>
        run.WithId(id).Where(d => d.Location.GetLineSpan().Path.EndsWith("/" + file, System.StringComparison.Ordinal)).Select(DiagnosticAssert.Where);
}
