using System.IO;
using Spectre.Console;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>
/// A Spectre.Console terminal that writes ANSI escape codes into a StringWriter, as an
/// interactive console 120 columns wide would: what a person at a terminal sees.
/// </summary>
internal static class RecordingTerminal
{
    public static IAnsiConsole Create(StringWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 120;
        console.Profile.Height = 40;
        return console;
    }
}
