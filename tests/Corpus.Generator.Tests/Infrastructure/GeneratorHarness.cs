using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>How a test wants the generator run.</summary>
internal sealed record HarnessOptions
{
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    /// <summary>The <c>CorpusNamespace</c> MSBuild property; null leaves it unset.</summary>
    public string? Namespace { get; init; } = GeneratorHarness.DefaultNamespace;

    /// <summary>Which AdditionalFiles carry <c>CorpusFile = true</c> (by default, all).</summary>
    public Func<string, bool>? IsCorpusFile { get; init; }

    /// <summary>Changes the compilation options (severities, warning level…).</summary>
    public Func<CSharpCompilationOptions, CSharpCompilationOptions>? CompilationOptions { get; init; }

    /// <summary>Other MSBuild properties the generator reads (without their <c>build_property.</c> prefix).</summary>
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    /// <summary>Hand-written C# compiled together with the generated code.</summary>
    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();
}

/// <summary>
/// Runs <see cref="CorpusGenerator"/> the way the compiler does: AdditionalTexts, analyzer
/// config options, parse options, and a driver that tracks every named step.
/// </summary>
internal static class GeneratorHarness
{
    public const string DefaultNamespace = "Test.Corpus";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The running .NET runtime's own assemblies, plus Corpus.Model.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static GeneratorRun Run(IEnumerable<AdditionalText> texts, HarnessOptions? options = null)
    {
        options ??= new HarnessOptions();
        CSharpCompilation compilation = CreateCompilation(options);
        List<AdditionalText> all = texts.ToList();
        GeneratorDriver driver = CreateDriver(all, options);
        GeneratorRun run = Run(driver, compilation);
        run.CorpusTexts = options.IsCorpusFile is null ? all : all.Where(t => options.IsCorpusFile(t.Path)).ToList();
        return run;
    }

    /// <summary>Runs a driver (new, or one returned by an earlier run) on a compilation.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), diagnostics, output);
    }

    public static CSharpCompilation CreateCompilation(HarnessOptions? options = null)
    {
        options ??= new HarnessOptions();
        var compilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            // Every warning wave: generated code must stay clean under the strictest AnalysisLevel.
            warningLevel: 9999,
            // The SDK's default <NoWarn>: Corpus.Model (net8.0) references an older System.Runtime
            // than the net10.0 runtime assemblies used here, which is fine and expected.
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal)
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        if (options.CompilationOptions is not null)
        {
            compilationOptions = options.CompilationOptions(compilationOptions);
        }

        CSharpParseOptions parseOptions = ParseOptions(options.LanguageVersion);
        IEnumerable<SyntaxTree> trees = options.Sources.Select((source, i) =>
            CSharpSyntaxTree.ParseText(source, parseOptions, path: "/src/Consumer" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs"));
        return CSharpCompilation.Create("Test.Corpus.Generated", trees, References, compilationOptions);
    }

    /// <param name="texts">The additional files.</param>
    /// <param name="options">How to run.</param>
    /// <param name="track">Whether the driver tracks its steps; csc does not (see CombineLossReproTests for why it matters).</param>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, HarnessOptions? options = null, bool track = true)
    {
        options ??= new HarnessOptions();
        return CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            ParseOptions(options.LanguageVersion),
            new CorpusOptionsProvider(options.Namespace, options.IsCorpusFile, options.Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
    }

    /// <summary>Doc comments are parsed and checked, as in a project with GenerateDocumentationFile.</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version) =>
        new(version, DocumentationMode.Diagnose);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // Only the shared framework's assemblies: the test host's TPA also lists xunit, Roslyn and our own.
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (string path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(Corpus.Model.Article).Assembly.Location));
        return references.ToImmutable();
    }
}

/// <summary>One run of the driver: generated sources, the generator's diagnostics and the output compilation.</summary>
internal sealed class GeneratorRun
{
    private ImmutableArray<Diagnostic>? _compilationDiagnostics;

    public GeneratorRun(GeneratorDriver driver, GeneratorDriverRunResult runResult, ImmutableArray<Diagnostic> diagnostics, Compilation outputCompilation)
    {
        Driver = driver;
        RunResult = runResult;
        Diagnostics = diagnostics;
        OutputCompilation = outputCompilation;
        var sources = new List<KeyValuePair<string, string>>();
        foreach (GeneratorRunResult result in runResult.Results)
        {
            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                sources.Add(new KeyValuePair<string, string>(source.HintName, source.SourceText.ToString()));
            }
        }

        sources.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        Sources = sources;
    }

    /// <summary>The driver after this run, to run again incrementally.</summary>
    public GeneratorDriver Driver { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The one generator's result, with its tracked steps.</summary>
    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>Generated sources by hint name, sorted ordinally.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sources { get; }

    /// <summary>The generator's diagnostics, after the compilation options' severities applied.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public Compilation OutputCompilation { get; }

    /// <summary>Everything the compiler reports on the output compilation (declarations, bodies, doc comments).</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics ??= OutputCompilation.GetDiagnostics();

    public IReadOnlyList<string> HintNames => Sources.Select(s => s.Key).ToList();

    /// <summary>The corpus files of a run started from texts (null for a re-run of a driver): what the build step would write the data resource from.</summary>
    public IReadOnlyList<AdditionalText>? CorpusTexts { get; set; }

    public string Source(string hintName) => Sources.Single(s => string.Equals(s.Key, hintName, StringComparison.Ordinal)).Value;

    /// <summary>The generator's diagnostics with one id.</summary>
    public IReadOnlyList<Diagnostic> WithId(string id) => Diagnostics.Where(d => string.Equals(d.Id, id, StringComparison.Ordinal)).ToList();
}
