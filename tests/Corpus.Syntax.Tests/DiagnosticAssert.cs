using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

/// <summary>Asserts a diagnostic's id, severity, position and message in one call.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic in <paramref name="diagnostics"/>, and it is the one described.</summary>
    public static CorpusDiagnostic Single(
        IEnumerable<CorpusDiagnostic> diagnostics,
        string id,
        DiagnosticSeverity severity,
        int line,
        int column,
        string message,
        int? length = null)
    {
        List<CorpusDiagnostic> list = diagnostics.ToList();
        Assert.True(list.Count == 1, "Expected exactly one diagnostic, got:\n" + Describe(list));
        CorpusDiagnostic diagnostic = list[0];
        Is(diagnostic, id, severity, line, column, message, length);
        return diagnostic;
    }

    /// <summary>The only diagnostic with <paramref name="id"/>, checked; other ids are ignored.</summary>
    public static CorpusDiagnostic One(
        IEnumerable<CorpusDiagnostic> diagnostics,
        string id,
        DiagnosticSeverity severity,
        int line,
        int column,
        string message,
        int? length = null)
    {
        List<CorpusDiagnostic> list = diagnostics.ToList();
        List<CorpusDiagnostic> matching = list.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, "Expected exactly one " + id + ", got:\n" + Describe(list));
        Is(matching[0], id, severity, line, column, message, length);
        return matching[0];
    }

    public static void Is(CorpusDiagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column, string message, int? length = null)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        if (length is not null)
        {
            Assert.Equal(length.Value, diagnostic.Span.Length);
        }
    }

    public static void None(IEnumerable<CorpusDiagnostic> diagnostics)
    {
        List<CorpusDiagnostic> list = diagnostics.ToList();
        Assert.True(list.Count == 0, "Expected no diagnostics, got:\n" + Describe(list));
    }

    public static string Describe(IEnumerable<CorpusDiagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToMSBuildString()));
}
