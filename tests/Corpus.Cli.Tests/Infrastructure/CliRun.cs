using System.IO;
using Corpus.Cli.Console;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    public string[] ErrorLines => Error.Length == 0 ? System.Array.Empty<string>() : Error.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}

/// <summary>Runs <c>corpus</c> in-process, as a pipe would see it (redirected: no tables, no progress bars).</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = Cli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with a recording terminal, as a person at a console would see it.</summary>
    public static CliResult RunOnTerminal(Spectre.Console.IAnsiConsole terminal, StringWriter output, params string[] args)
    {
        var error = new StringWriter { NewLine = "\n" };
        int code = Cli.Run(args, CliHost.WithTerminal(output, error, terminal));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
