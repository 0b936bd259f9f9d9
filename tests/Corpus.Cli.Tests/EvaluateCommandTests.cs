using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary><c>corpus evaluate</c> on the real corpus: the table docs/annotate.md quotes, and the targets.</summary>
public sealed class EvaluateCommandTests
{
    [Fact]
    public void The_real_corpus_meets_the_targets()
    {
        CliResult result = CliRun.Run("evaluate", TestPaths.RealCorpus);

        Assert.Equal(0, result.ExitCode);
        Assert.True(Score(result, "mentions", "F1") >= 0.95);
        Assert.True(Score(result, "quotations: found", "recall") >= 0.95);
        Assert.True(Score(result, "quotations: speaker", "accuracy") >= 0.85);
        Assert.Contains("| mentions | 250 | 249 | 248 | P 0.996, R 0.992, F1 0.994 |", result.OutputLines);
        Assert.Contains("2 articles; 5 differences:", result.OutputLines);
    }

    [Fact]
    public void The_table_in_docs_annotate_md_is_the_commands_output()
    {
        CliResult result = CliRun.Run("evaluate", TestPaths.RealCorpus);
        string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepoRoot, "docs", "annotate.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);

        foreach (string line in result.OutputLines.Where(l => l.StartsWith('|') || l.StartsWith("- ", System.StringComparison.Ordinal)))
        {
            Assert.Contains(line, docs, System.StringComparison.Ordinal);
        }
    }

    private static double Score(CliResult result, string row, string measure)
    {
        string line = result.OutputLines.Single(l => l.StartsWith("| " + row + " |", System.StringComparison.Ordinal));
        return double.Parse(Regex.Match(line, measure + " ([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
