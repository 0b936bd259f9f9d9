using System;
using Corpus.Generator.Diagnostics;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// A step's value with the failure it met, carried as data: a step that throws gives its fallback
/// and a CG0900, reported by the step's own source output, instead of an exception that Roslyn
/// turns into CS8785 and that stops every output. Equatable when the value is, so caching holds.
/// </summary>
internal sealed record Guarded<T>(T Value, EquatableArray<CorpusDiagnostic> Failures);

/// <summary>Runs steps under <see cref="Guarded{T}"/>.</summary>
internal static class Guard
{
    public static Guarded<T> Run<TInput, T>(TInput input, Func<TInput, T> step, T fallback)
    {
        try
        {
            return new Guarded<T>(step(input), EquatableArray<CorpusDiagnostic>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Guarded<T>(fallback, new[] { Failures.Diagnostic(string.Empty, e) }.ToEquatableArray());
        }
    }

    /// <summary>Runs a source output's work; an exception becomes a CG0900 of the corpus.</summary>
    public static void Report(Microsoft.CodeAnalysis.SourceProductionContext context, Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(RoslynDiagnostics.ToRoslyn(Failures.Diagnostic(string.Empty, e)));
        }
    }
}
