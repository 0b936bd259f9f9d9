using System;
using System.Linq;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>Every command's <c>--help</c>, and bad arguments: one clear line on stderr, exit code 2.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData(new string[0], "corpus [command] [options]", new[] { "check", "stats", "export", "import", "render", "annotate", "evaluate" })]
    [InlineData(new[] { "check" }, "corpus check [<dir>] [options]", new[] { "--format <text|json>" })]
    [InlineData(new[] { "stats" }, "corpus stats [<dir>] [options]", new[] { "--format <text|json>", "--top <n>" })]
    [InlineData(new[] { "export" }, "corpus export [<dir>] [options]", new[] { "--format <jsonl|brat|conllu|parquet> (REQUIRED)", "--out <dir> (REQUIRED)", "--offsets <codepoint|utf16>", "--no-progress" })]
    [InlineData(new[] { "import" }, "corpus import [command] [options]", new[] { "brat <source>" })]
    [InlineData(new[] { "import", "brat" }, "corpus import brat <source> [options]", new[] { "--out <dir> (REQUIRED)", "--map <TYPE=KIND>", "--offsets <codepoint|utf16>", "--unannotated-quotes <escape|keep>", "--no-progress" })]
    [InlineData(new[] { "render" }, "corpus render [<dir>] [options]", new[] { "--out <dir>", "--no-progress" })]
    [InlineData(new[] { "annotate" }, "corpus annotate <path> [options]", new[] { "--registry <path>", "--write", "--diff" })]
    [InlineData(new[] { "evaluate" }, "corpus evaluate [<dir>] [options]", new string[0])]
    public void Every_command_has_help(string[] command, string usage, string[] options)
    {
        foreach (string flag in new[] { "--help", "-h" })
        {
            CliResult result = CliRun.Run(command.Append(flag).ToArray());

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            Assert.Contains("Usage:\n  " + usage + "\n", result.Output, StringComparison.Ordinal);
            Assert.Contains("Description:\n  ", result.Output, StringComparison.Ordinal);
            foreach (string option in options)
            {
                Assert.Contains(option, result.Output, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("corpus: Required command was not provided. (see 'corpus --help')")]
    [InlineData("corpus: Unrecognized command or argument 'frob'. (see 'corpus --help')", "frob")]
    [InlineData("corpus: Unrecognized command or argument '--bogus'. (see 'corpus --help')", "--bogus")]
    [InlineData("corpus check: unknown value 'xml' for --format (expected text, json) (see 'corpus check --help')", "check", "--format", "xml")]
    [InlineData("corpus check: Unrecognized command or argument 'extra'. (see 'corpus check --help')", "check", "corpus", "extra")]
    [InlineData("corpus check: unknown option '--verbose' (see 'corpus check --help')", "check", "--verbose")]
    [InlineData("corpus stats: unknown option '--version' (see 'corpus stats --help')", "stats", "--version")]
    [InlineData("corpus check: corpus directory 'no/such/dir' does not exist", "check", "no/such/dir")]
    [InlineData("corpus stats: --top expects a whole number of 0 or more, found 'many' (see 'corpus stats --help')", "stats", "--top", "many")]
    [InlineData("corpus stats: --top expects a whole number of 0 or more, found '-1' (see 'corpus stats --help')", "stats", "--top", "-1")]
    [InlineData("corpus export: Option '--format' is required. (see 'corpus export --help')", "export", "--out", "x")]
    [InlineData("corpus export: Option '--out' is required. (see 'corpus export --help')", "export", "--format", "jsonl")]
    [InlineData("corpus export: unknown value 'csv' for --format (expected jsonl, brat, conllu, parquet) (see 'corpus export --help')", "export", "--format", "csv", "--out", "x")]
    [InlineData("corpus export: unknown value 'bytes' for --offsets (expected codepoint, utf16) (see 'corpus export --help')", "export", "--format", "jsonl", "--out", "x", "--offsets", "bytes")]
    [InlineData("corpus import: Required command was not provided. (see 'corpus import --help')", "import")]
    [InlineData("corpus import brat: Required argument missing for command: 'brat'. (see 'corpus import brat --help')", "import", "brat", "--out", "x")]
    [InlineData("corpus import brat: brat folder 'no/such/dir' does not exist", "import", "brat", "no/such/dir", "--out", "x")]
    [InlineData("corpus render: corpus directory 'no/such/dir' does not exist", "render", "no/such/dir")]
    public void A_bad_argument_is_one_line_on_stderr_and_exit_code_2(string message, params string[] args)
    {
        CliResult result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(new[] { message }, result.ErrorLines);
    }

    [Fact]
    public void An_output_that_is_a_file_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        string file = temp.Combine("taken");
        System.IO.File.WriteAllText(file, "x");

        CliResult result = CliRun.Run("render", TestPaths.Fixture("unicode"), "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(new[] { "corpus render: the output '" + file + "' is a file, not a directory" }, result.ErrorLines);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        CliResult result = CliRun.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }
}
