using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>
/// What the build reports for a corpus directory: <see cref="CorpusGenerator"/> run through
/// Roslyn's driver on the directory's files as AdditionalFiles, each marked
/// <c>CorpusFile = true</c> as the package's targets do, decoded from bytes as the compiler does.
/// </summary>
internal static class GeneratorDiagnostics
{
    /// <summary>Each diagnostic in MSBuild's form: <c>file(line,col): severity ID: message</c>.</summary>
    public static List<string> For(string directory)
    {
        var texts = new List<AdditionalText>();
        string[] paths = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (string path in paths)
        {
            using var stream = new MemoryStream(File.ReadAllBytes(path));
            texts.Add(new FileText(path.Replace('\\', '/'), SourceText.From(stream, Encoding.UTF8)));
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new CorpusFilesOptions());
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Corpus.Parity",
            references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);
        return diagnostics.Select(Format).ToList();
    }

    private static string Format(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            severity,
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary><c>build_metadata.AdditionalFiles.CorpusFile = true</c> on every file.</summary>
    private sealed class CorpusFilesOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options CorpusFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusFile"] = "true" });
        private static readonly Options Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => CorpusFile;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = new Dictionary<string, string>(values, KeyComparer);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
