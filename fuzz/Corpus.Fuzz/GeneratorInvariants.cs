using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Fuzz;

/// <summary>
/// What must hold when the generator runs on any corpus: it reports no exception (neither
/// Roslyn's CS8785 nor its own CG0900, which it reports for an exception it caught), every
/// diagnostic it reports sits in a corpus file, and the code it emits compiles without an error.
/// </summary>
internal static class GeneratorInvariants
{
    private static readonly Lazy<CSharpCompilation> Compilation = new(CreateCompilation);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static void Check(FuzzInput input)
    {
        var texts = new List<AdditionalText>(input.Files.Count);
        foreach ((string path, byte[] bytes) in input.Files)
        {
            using var stream = new MemoryStream(bytes);
            texts.Add(new FuzzAdditionalText(path, SourceText.From(stream, System.Text.Encoding.UTF8)));
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new FuzzOptionsProvider());
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation.Value, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", result.Exception);
        }

        var paths = new HashSet<string>(texts.Select(t => t.Path), StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Require(diagnostic.Id != "CS8785" && diagnostic.Id != "CG0900", "internal failure: " + diagnostic);
            FileLinePositionSpan where = diagnostic.Location.GetLineSpan();
            Require(paths.Contains(where.Path), diagnostic.Id + " is not in a corpus file: " + diagnostic);
        }

        foreach (Diagnostic error in output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The generated code does not compile: " + error + "\n" + error.Location.SourceTree?.GetText().ToString());
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static CSharpCompilation CreateCompilation()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        IEnumerable<MetadataReference> references = Directory.GetFiles(runtime, "*.dll")
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll" || Path.GetFileName(p) == "mscorlib.dll")
            .Where(p => !p.Contains(".Native.", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Corpus.Model.Article).Assembly.Location));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal)
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        return CSharpCompilation.Create("Fuzz.Corpus", Array.Empty<SyntaxTree>(), references, options);
    }
}
