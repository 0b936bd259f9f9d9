using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Corpus mistakes surface as Roslyn diagnostics with the exact id, severity, file and
/// 1-based line/column (as <c>GetLineSpan()</c> reports them, which is what MSBuild prints).
/// </summary>
public sealed class DiagnosticLocationTests
{
    [Fact]
    public void Unknown_entity_is_CG0300_at_the_reference_with_a_suggestion()
    {
        const string text = "---\ntitle: Broken\n---\nFirst paragraph with [Victor Cha]{@victr-cha} inside.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("broken.txt", text));

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/broken.txt(4,35,4,45): error CG0300", DiagnosticAssert.Where(diagnostic));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Unknown entity '@victr-cha' (did you mean '@victor-cha'?)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text.IndexOf("@victr-cha", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Equal("@victr-cha".Length, diagnostic.Location.SourceSpan.Length);
        Assert.Equal("https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#cg0300", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Unicode_line_separators_in_earlier_lines_do_not_shift_the_line()
    {
        // Roslyn's SourceText breaks lines at U+2028, U+2029 and U+0085; the format does not.
        const string text = "---\ntitle: Separators\u2028in the title\n---\n"
            + "One\u2028two, a paragraph\u2029separator and a next\u0085line.\n\n"
            + "Second [Victor Cha]{@victr-cha} here.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("separators.txt", text));

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/separators.txt(6,21,6,31): error CG0300", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void Columns_count_UTF16_code_units_of_the_original_line_including_separators()
    {
        const string text = "---\ntitle: Same line\n---\nA\u2028B \U0001F600 [Victor Cha]{@victr-cha}.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("same-line.txt", text));

        // "A", U+2028, "B", " ", two units for U+1F600, " ", "[Victor Cha]", "{": 20 units, so '@' is in column 21.
        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/same-line.txt(4,21,4,31): error CG0300", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void CRLF_files_report_the_same_lines_and_columns()
    {
        const string text = "---\r\ntitle: Broken\r\npublished: 2024-13-45\r\n---\r\n\r\nFirst paragraph with [Victor Cha]{@victr-cha} inside.\r\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("crlf.txt", text));

        Assert.Equal(
            new[]
            {
                "/corpus/crlf.txt(3,12,3,22): error CG0103",
                "/corpus/crlf.txt(6,35,6,45): error CG0300",
            },
            ErrorsAndWarnings(run).Select(DiagnosticAssert.Where).OrderBy(s => s, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_title_is_reported_once_at_the_start_of_the_file_and_generates_nothing_for_it()
    {
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("untitled.txt", "---\nsource: Nobody\n---\nText.\n"));

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/untitled.txt(1,1,1,1): error CG0100", DiagnosticAssert.Where(diagnostic));
        Assert.DoesNotContain("Untitled", run.Source("Articles.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_diagnostic_is_reported_once()
    {
        InMemoryAdditionalText registry = Fixtures.File("entities.txt", "@victor-cha person\nname: Victor D. Cha\nnmae: typo\n");
        InMemoryAdditionalText article = Fixtures.File("a.txt", "---\ntitle: A\n---\n[Victor D. Cha]{@victor-cha} spoke.\n");
        GeneratorRun run = GeneratorHarness.Run(new[] { registry, article });

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/entities.txt(3,1,3,5): warning CG0203", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void Generator_diagnostics_never_have_a_location_inside_generated_code()
    {
        const string text = "---\ntitle: Broken\n---\n[X]{@nobody} and \"unattributed\" and [Victor Cha]{@beijing says}.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("many.txt", text));

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d =>
        {
            Assert.StartsWith("CG", d.Id, System.StringComparison.Ordinal);
            Assert.True(d.Location == Location.None || d.Location.GetLineSpan().Path.StartsWith("/corpus/", System.StringComparison.Ordinal), d.ToString());
        });
    }

    internal static IReadOnlyList<Diagnostic> ErrorsAndWarnings(GeneratorRun run) =>
        run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    private static GeneratorRun RunWithBasicRegistry(InMemoryAdditionalText article) =>
        GeneratorHarness.Run(new[] { Fixtures.Basic().Single(t => t.Path.EndsWith("entities.txt", System.StringComparison.Ordinal)), article });
}
