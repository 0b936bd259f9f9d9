using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void The_real_corpus_checks_clean_with_exit_code_0()
    {
        CliResult result = CliRun.Run("check", TestPaths.RealCorpus);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^2 articles, \d+ entities: 0 errors, ", result.OutputLines.Last());
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void A_broken_corpus_prints_msbuild_lines_and_exits_with_1()
    {
        string dir = TestPaths.Fixture("broken").Replace('\\', '/');
        CliResult result = CliRun.Run("check", dir);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(dir + "/articles/broken-article.txt(6,14): error CG0300: Unknown entity '@victr-cha' (did you mean '@victor-cha'?)", result.OutputLines);
        Assert.Contains(dir + "/articles/broken-article.txt(9,1): warning CG0305: Unattributed quotation 'An unattributed quotation.': attribute it with {@id} or mark it {term}", result.OutputLines);
        // The U+2028 on line 7 is an ordinary character: the mention after it is still on line 7.
        Assert.Contains(result.OutputLines, line => line.StartsWith(dir + "/articles/broken-article.txt(7,51): warning CG0306:", System.StringComparison.Ordinal));
        Assert.All(result.OutputLines.SkipLast(1), line => Assert.Matches(@"^.+\(\d+,\d+\): (error|warning|info) CG\d{4}: .+$", line));
    }

    [Fact]
    public void Json_format_gives_one_object_per_diagnostic()
    {
        CliResult result = CliRun.Run("check", TestPaths.Fixture("broken"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        List<JsonElement> diagnostics = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(diagnostics);
        JsonElement unknown = diagnostics.Single(d => d.GetProperty("id").GetString() == "CG0300");
        Assert.Equal("error", unknown.GetProperty("severity").GetString());
        Assert.Equal(6, unknown.GetProperty("line").GetInt32());
        Assert.Equal(14, unknown.GetProperty("column").GetInt32());
        Assert.EndsWith("docs/diagnostics.md#cg0300", unknown.GetProperty("helpLink").GetString(), System.StringComparison.Ordinal);
        Assert.Contains("“", result.Output, System.StringComparison.Ordinal); // UTF-8 text stays readable, not \u201C
    }

    [Fact]
    public void Warnings_alone_exit_with_0()
    {
        string dir = TestPaths.Fixture("unicode").Replace('\\', '/');
        CliResult result = CliRun.Run("check", dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                dir + "/articles/notes-on-the-engine.txt(16,76): warning CG0306: The mention 'many Britons at the Great Exhibition' is neither the name nor an alias of '@britons'; add it to the entity's aliases",
                dir + "/articles/notes-on-the-engine.txt(18,14): warning CG0305: Unattributed quotation 'nobody knows who said this.': attribute it with {@id} or mark it {term}",
                dir + "/articles/notes-on-the-engine.txt(18,48): warning CG0306: The mention '🚀 Ada' is neither the name nor an alias of '@ada-lovelace'; add it to the entity's aliases",
                "1 article, 7 entities: 0 errors, 3 warnings, 0 messages",
            },
            result.OutputLines);
    }

    [Fact]
    public void Json_of_a_clean_corpus_is_an_empty_array()
    {
        CliResult result = CliRun.Run("check", TestPaths.RealCorpus, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]\n", result.Output);
    }

    [Fact]
    public void Json_and_text_report_the_same_diagnostics()
    {
        string dir = TestPaths.Fixture("broken");
        CliResult text = CliRun.Run("check", dir);
        CliResult json = CliRun.Run("check", dir, "--format", "json");

        using JsonDocument document = JsonDocument.Parse(json.Output);
        List<string> fromJson = document.RootElement.EnumerateArray()
            .Select(d => string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "{0}({1},{2}): {3} {4}: {5}",
                d.GetProperty("file").GetString(),
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32(),
                d.GetProperty("severity").GetString(),
                d.GetProperty("id").GetString(),
                d.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal(text.OutputLines.SkipLast(1), fromJson);
        Assert.Equal(text.ExitCode, json.ExitCode);
    }

    [Theory]
    [InlineData("broken")]
    [InlineData("unicode")]
    [InlineData("real")]
    public void The_cli_and_the_build_report_the_same_diagnostics(string corpus)
    {
        string dir = corpus == "real" ? TestPaths.RealCorpus : TestPaths.Fixture(corpus);
        CliResult cli = CliRun.Run("check", dir);
        List<string> build = GeneratorDiagnostics.For(dir);

        // The recall aid (CG0312, CG0313) included: the build runs the same RecallAid.Diagnose.
        List<string> fromCli = cli.OutputLines.SkipLast(1).Where(line => line.Length > 0).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
        build.Sort(System.StringComparer.Ordinal);
        Assert.Equal(build, fromCli);
        if (corpus == "broken")
        {
            // Every stage of the pipeline is represented: registry, front matter, annotations, corpus-wide.
            foreach (string id in new[] { "CG0100", "CG0103", "CG0108", "CG0109", "CG0201", "CG0202", "CG0205", "CG0300", "CG0301", "CG0302", "CG0303", "CG0304", "CG0305", "CG0306", "CG0307" })
            {
                Assert.Contains(build, line => line.Contains(" " + id + ": ", System.StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Check_reports_the_recall_aid_at_its_line_and_column()
    {
        string dir = TestPaths.Fixture("recall").Replace('\\', '/');
        CliResult result = CliRun.Run("check", dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                dir + "/articles/missed.txt(4,21): info CG0312: 'Russia' is a name of '@russia' but is not annotated: write [Russia]{@russia}",
                dir + "/articles/missed.txt(5,20): warning CG0305: Unattributed quotation 'We will see,': attribute it with {@id} or mark it {term}",
                dir + "/articles/missed.txt(5,20): info CG0313: The quotation 'We will see,' is probably spoken by '@victor-cha' (quote-cue-after/cue-subject): attribute it with {@victor-cha}",
                dir + "/articles/missed.txt(5,35): info CG0312: 'Mr. Cha' is a name of '@victor-cha' but is not annotated: write [Mr. Cha]{@victor-cha}",
            },
            result.OutputLines.Where(line => !line.Contains(" CG0208: ", System.StringComparison.Ordinal)).SkipLast(1));
    }

    [Fact]
    public void An_annotation_in_error_gets_no_recall_aid()
    {
        // broken-article.txt line 9 has [China]{china}: reported as CG0303, and not again as an unannotated name.
        CliResult result = CliRun.Run("check", TestPaths.Fixture("broken"));

        Assert.DoesNotContain(result.OutputLines, IsRecallAid);
    }

    private static bool IsRecallAid(string line) =>
        line.Contains(" CG0312: ", System.StringComparison.Ordinal) || line.Contains(" CG0313: ", System.StringComparison.Ordinal);
}
