using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;
using Corpus.Cli.Commands;
using Corpus.Cli.Console;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli;

/// <summary>
/// The <c>corpus</c> command line: parses the arguments, runs one command, and turns every
/// argument error into one line on stderr with exit code 2.
/// </summary>
internal static class Cli
{
    public const string ToolName = "corpus";

    /// <summary>Runs the tool with plain, redirected output (what tests and pipes see).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, CliHost.Redirected(output, error));

    public static int Run(string[] args, CliHost host)
    {
        Command root = CreateRootCommand(host);
        ParseResult result = root.Parse(args);
        if (result.Action is ParseErrorAction)
        {
            host.Error.WriteLine(DescribeParseError(result));
            return CliException.UsageExitCode;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration
            {
                Output = host.Output,
                Error = host.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            // Messages can quote a path or an id from the corpus: escaped like a diagnostic's message.
            host.Error.WriteLine(Prefix(result) + ": " + MessageText.Escape(e.Message));
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            host.Error.WriteLine(Prefix(result) + ": " + MessageText.Escape(OneLine(e.Message)));
            return CliException.FailureExitCode;
        }
    }

    /// <summary>
    /// The root is a plain command named "corpus", not a RootCommand: a RootCommand takes its
    /// name from the running executable, which is "testhost" under a test runner and "dotnet"
    /// under <c>dotnet corpus.dll</c>, while help and errors must always say "corpus".
    /// </summary>
    public static Command CreateRootCommand(CliHost host)
    {
        var root = new Command(ToolName, "corpus: check, count, export, import and render annotated news corpora (the format of docs/format.md).")
        {
            CheckCommand.Create(host),
            StatsCommand.Create(host),
            ExportCommand.Create(host),
            ImportCommand.Create(host),
            RenderCommand.Create(host),
            Lsp.LspCommand.Create(host),
            AnnotateCommand.Create(host),
            EvaluateCommand.Create(host),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        return root;
    }

    /// <summary>The first parse error, on one line, with the command it concerns and where to get help.</summary>
    private static string DescribeParseError(ParseResult result)
    {
        string prefix = Prefix(result);
        string message = result.Errors.Count > 0 ? OneLine(MostSpecific(result).Message) : "invalid arguments";
        return prefix + ": " + message + " (see '" + prefix + " --help')";
    }

    /// <summary>
    /// The error to show: for <c>corpus frob</c> the parser reports both "required command
    /// was not provided" and "unrecognized command 'frob'"; the second says what went wrong.
    /// </summary>
    private static System.CommandLine.Parsing.ParseError MostSpecific(ParseResult result)
    {
        if (result.UnmatchedTokens.Count > 0)
        {
            string quoted = "'" + result.UnmatchedTokens[0] + "'";
            foreach (System.CommandLine.Parsing.ParseError error in result.Errors)
            {
                if (error.Message.Contains(quoted, StringComparison.Ordinal))
                {
                    return error;
                }
            }
        }

        return result.Errors[0];
    }

    /// <summary>"corpus", or the command's path such as "corpus import brat".</summary>
    private static string Prefix(ParseResult result)
    {
        var path = new StringBuilder();
        for (System.CommandLine.Parsing.SymbolResult? symbol = result.CommandResult; symbol is not null; symbol = symbol.Parent)
        {
            if (symbol is System.CommandLine.Parsing.CommandResult command && command.Parent is not null)
            {
                path.Insert(0, " " + command.Command.Name);
            }
        }

        return ToolName + path;
    }

    private static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        bool space = false;
        foreach (char c in message)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
