using System.IO;
using Spectre.Console;

namespace Corpus.Cli.Console;

/// <summary>
/// Where a command writes, and whether a person is watching: tables and progress bars are
/// for a terminal; redirected output (a pipe, a file, a test) gets plain, stable text.
/// </summary>
internal sealed class CliHost
{
    private CliHost(TextWriter output, TextWriter error, IAnsiConsole? terminal)
    {
        Output = output;
        Error = error;
        Terminal = terminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The interactive console for tables and progress bars; null when output is redirected.</summary>
    public IAnsiConsole? Terminal { get; }

    public bool IsTerminal => Terminal is not null;

    /// <summary>Plain text only: what tests and pipes see.</summary>
    public static CliHost Redirected(TextWriter output, TextWriter error) => new(output, error, null);

    /// <summary>A host whose terminal is <paramref name="terminal"/> (a real console, or a test's recording one).</summary>
    public static CliHost WithTerminal(TextWriter output, TextWriter error, IAnsiConsole terminal) => new(output, error, terminal);

    /// <summary>The process's console: a terminal unless standard output is redirected.</summary>
    public static CliHost FromSystemConsole()
    {
        TextWriter output = System.Console.Out;
        TextWriter error = System.Console.Error;
        if (System.Console.IsOutputRedirected)
        {
            return Redirected(output, error);
        }

        IAnsiConsole terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return terminal.Profile.Capabilities.Interactive ? WithTerminal(output, error, terminal) : Redirected(output, error);
    }
}
