using System.Collections.Generic;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// Turns diagnostics-as-data into Roslyn diagnostics, at output time only. The location
/// carries our own line/column span: Roslyn's SourceText would count U+2028, U+2029 and
/// U+0085 as line breaks and put the error on the wrong line.
/// </summary>
internal static class RoslynDiagnostics
{
    private static readonly Dictionary<string, RoslynDescriptor> Descriptors = CreateDescriptors();

    public static void Report(SourceProductionContext context, IEnumerable<CorpusDiagnostic> diagnostics)
    {
        foreach (CorpusDiagnostic diagnostic in diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic));
        }
    }

    public static Diagnostic ToRoslyn(CorpusDiagnostic diagnostic)
    {
        RoslynDescriptor descriptor = Descriptors[diagnostic.Id];
        return Diagnostic.Create(descriptor, ToLocation(diagnostic.FilePath, diagnostic.Span), diagnostic.Message);
    }

    public static RoslynDescriptor Get(string id) => Descriptors[id];

    private static Location ToLocation(string path, SourceSpan span)
    {
        if (path.Length == 0)
        {
            return Location.None;
        }

        var lines = new LinePositionSpan(
            new LinePosition(span.Line - 1, span.Column - 1),
            new LinePosition(span.EndLine - 1, span.EndColumn - 1));
        return Location.Create(path, new TextSpan(span.Start, span.Length), lines);
    }

    private static Dictionary<string, RoslynDescriptor> CreateDescriptors()
    {
        var map = new Dictionary<string, RoslynDescriptor>(System.StringComparer.Ordinal);
        foreach (RoslynDescriptor descriptor in CorpusDescriptors.All)
        {
            map.Add(descriptor.Id, descriptor);
        }

        return map;
    }
}
