using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Corpus diagnostics obey the compiler's severity configuration. <c>&lt;NoWarn&gt;</c>,
/// <c>&lt;WarningsAsErrors&gt;</c>, <c>&lt;TreatWarningsAsErrors&gt;</c> and the
/// <c>dotnet_diagnostic.ID.severity</c> entries of .editorconfig all reach the compiler as
/// these compilation options (per-tree .editorconfig options go through the syntax tree
/// options provider, which the driver applies the same way). That real MSBuild and
/// .editorconfig files map to them is covered by the end-to-end build test.
/// </summary>
public sealed class SeverityTests
{
    // A straight-quoted quotation with no annotation: CG0305, a warning by default.
    private static readonly InMemoryAdditionalText Article =
        Fixtures.File("unattributed.txt", "---\ntitle: Unattributed\n---\nShe said \"Hello there\" and left.\n");

    [Fact]
    public void CG0305_is_a_warning_by_default()
    {
        Diagnostic diagnostic = Assert.Single(Run(null).WithId("CG0305"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsWarningAsError);
        Assert.Equal("/corpus/unattributed.txt(4,10,4,11): warning CG0305", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void CG0305_can_be_suppressed()
    {
        GeneratorRun run = Run(o => o.WithSpecificDiagnosticOptions(o.SpecificDiagnosticOptions.SetItem("CG0305", ReportDiagnostic.Suppress)));

        Assert.Empty(run.WithId("CG0305"));
        Assert.NotEmpty(run.Sources);
    }

    [Fact]
    public void CG0305_can_be_raised_to_an_error()
    {
        GeneratorRun run = Run(o => o.WithSpecificDiagnosticOptions(o.SpecificDiagnosticOptions.SetItem("CG0305", ReportDiagnostic.Error)));

        Diagnostic diagnostic = Assert.Single(run.WithId("CG0305"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(diagnostic.IsWarningAsError);
    }

    [Fact]
    public void TreatWarningsAsErrors_raises_corpus_warnings()
    {
        GeneratorRun run = Run(o => o.WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.WithId("CG0305")).Severity);
    }

    [Fact]
    public void An_error_can_be_lowered_to_a_warning_by_id()
    {
        InMemoryAdditionalText broken = Fixtures.File("broken.txt", "---\ntitle: Broken\n---\n[X]{@nobody}.\n");
        GeneratorRun run = GeneratorHarness.Run(
            new[] { broken },
            new HarnessOptions { CompilationOptions = o => o.WithSpecificDiagnosticOptions(o.SpecificDiagnosticOptions.SetItem("CG0300", ReportDiagnostic.Warn)) });

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.WithId("CG0300")).Severity);
    }

    private static GeneratorRun Run(System.Func<Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions, Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions>? options) =>
        GeneratorHarness.Run(new[] { Article }, new HarnessOptions { CompilationOptions = options });
}
