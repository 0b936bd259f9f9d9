using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests.Infrastructure;

internal static class DiagnosticAssert
{
    /// <summary>Fails on any warning or error, listing them all.</summary>
    public static void Clean(IEnumerable<Diagnostic> diagnostics, string what)
    {
        List<Diagnostic> bad = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (bad.Count > 0)
        {
            Assert.Fail("Expected no warnings or errors " + what + ", got:\n" + Format(bad));
        }
    }

    /// <summary>Fails on any error, listing them all.</summary>
    public static void NoErrors(IEnumerable<Diagnostic> diagnostics, string what)
    {
        List<Diagnostic> bad = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (bad.Count > 0)
        {
            Assert.Fail("Expected no errors " + what + ", got:\n" + Format(bad));
        }
    }

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => "  " + d.ToString()));

    /// <summary>The MSBuild-like form <c>path(line,col,endLine,endCol): severity ID</c> from <c>GetLineSpan()</c>.</summary>
    public static string Where(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2},{3},{4}): {5} {6}",
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.Id);
    }
}
