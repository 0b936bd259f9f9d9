using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The corpus-wide steps (settings, entity surface, conflicts, output specs, the recall aid's
/// engine) run guarded like the per-file ones: an exception in one is a CG0900 for the corpus,
/// never CS8785. Shown with settings that throw when read.
/// </summary>
public sealed class GuardedStepTests
{
    [Fact]
    public void Settings_that_throw_when_read_are_one_CG0900_and_no_output_never_CS8785()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            Fixtures.Basic(),
            GeneratorHarness.ParseOptions(LanguageVersion.Latest),
            new ThrowingOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        GeneratorRun run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation());

        Diagnostic failure = Assert.Single(run.Diagnostics, d => d.Id == "CG0900");
        Assert.Equal(
            "The corpus generator failed on 'the corpus': InvalidOperationException: the settings cannot be read. Please report this with the file.",
            failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.RunResult.Diagnostics, d => d.Id == "CS8785");
        Assert.Empty(run.Sources);
    }

    private sealed class ThrowingOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options File = new(new Dictionary<string, string> { [CorpusOptionsProvider.CorpusFileKey] = "true" }, null);
        private static readonly Options Global = new(new Dictionary<string, string> { [CorpusOptionsProvider.NamespaceKey] = "T" }, "build_property.CorpusArticleProperties");

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => File;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;
        private readonly string? _throwsOn;

        public Options(Dictionary<string, string> values, string? throwsOn)
        {
            _values = values;
            _throwsOn = throwsOn;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (key == _throwsOn)
            {
                throw new InvalidOperationException("the settings cannot be read");
            }

            return _values.TryGetValue(key, out value);
        }
    }
}
