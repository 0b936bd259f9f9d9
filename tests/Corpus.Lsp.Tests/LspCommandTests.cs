using System.IO;
using Corpus.Cli;

namespace Corpus.Lsp.Tests;

/// <summary><c>corpus lsp</c> as a command of the tool.</summary>
public sealed class LspCommandTests
{
    [Fact]
    public void The_lsp_command_has_help_and_is_listed_by_the_tool()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, Cli.Cli.Run(new[] { "lsp", "--help" }, output, error));
        Assert.Contains("corpus lsp [options]", output.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("--stdio", output.ToString(), System.StringComparison.Ordinal);

        var root = new StringWriter();
        Assert.Equal(0, Cli.Cli.Run(new[] { "--help" }, root, error));
        Assert.Contains("  lsp ", root.ToString(), System.StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
    }
}
