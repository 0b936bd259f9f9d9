using System;
using System.CommandLine;
using Corpus.Cli.Console;

namespace Corpus.Cli.Lsp;

/// <summary>
/// <c>corpus lsp</c>: runs the language server on stdin and stdout until the editor exits it.
/// <c>--stdio</c> is accepted and ignored: clients such as vscode-languageclient pass it.
/// Nothing else may write to stdout while it runs; the server logs to stderr.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CliHost host)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk over stdin and stdout (the only transport; accepted for clients that pass it)" };
        var command = new Command("lsp", "Run the language server (LSP over stdin/stdout) for editors: diagnostics as you type, completion, hover, navigation, rename and fixes.")
        {
            stdio,
        };
        // The host's writers are not used: stdout belongs to the protocol, so the server takes the raw streams.
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        using System.IO.Stream input = System.Console.OpenStandardInput();
        using System.IO.Stream output = System.Console.OpenStandardOutput();
        return CorpusLanguageServer.RunAsync(input, output, System.Console.Error).GetAwaiter().GetResult();
    }
}
