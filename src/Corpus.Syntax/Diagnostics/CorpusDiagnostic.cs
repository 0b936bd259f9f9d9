using System;
using System.Globalization;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Diagnostics;

/// <summary>
/// A diagnostic as plain data: the generator turns it into a Roslyn Diagnostic only at
/// output, and the CLI prints it in MSBuild's format. Equatable so it can be cached.
/// </summary>
/// <remarks>
/// The message is escaped where it is set (<see cref="MessageText.Escape"/>), whoever builds it:
/// corpus text quoted in a message never reaches a terminal or log raw.
/// </remarks>
public sealed record CorpusDiagnostic(string Id, DiagnosticSeverity Severity, string Message, string FilePath, SourceSpan Span)
{
    private readonly string _message = MessageText.Escape(Message);

    /// <summary>The message, with control, bidi and line-separator characters written as <c>\uXXXX</c>.</summary>
    public string Message
    {
        get => _message;
        init => _message = MessageText.Escape(value);
    }

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.Get(Id);

    public static CorpusDiagnostic Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params object[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), filePath, span);

    /// <summary>MSBuild's canonical form: <c>file(line,col): error ID: message</c>.</summary>
    public string ToMSBuildString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}({1},{2}): {3} {4}: {5}",
        // The message is escaped when set; a file name can hold an ESC or a line break too.
        MessageText.Escape(FilePath),
        Span.Line,
        Span.Column,
        SeverityWord(Severity),
        Id,
        Message);

    public override string ToString() => ToMSBuildString();

    private static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}

/// <summary>Orders diagnostics by file, position and id, so every output is deterministic.</summary>
public sealed class CorpusDiagnosticComparer : System.Collections.Generic.IComparer<CorpusDiagnostic>
{
    public static readonly CorpusDiagnosticComparer Instance = new();

    public int Compare(CorpusDiagnostic? x, CorpusDiagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int c = string.CompareOrdinal(x.FilePath, y.FilePath);
        if (c == 0)
        {
            c = x.Span.Start.CompareTo(y.Span.Start);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        return c == 0 ? string.CompareOrdinal(x.Message, y.Message) : c;
    }
}
