using System.CommandLine;
using Corpus.Cli.Console;
using Corpus.Cli.Stats;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus stats [dir]</c>: counts of articles, words, mentions and quotes; top entities and speakers.</summary>
internal static class StatsCommand
{
    public static Command Create(CliHost host)
    {
        Argument<string> directory = CommonOptions.CorpusDirectory();
        Option<string> format = CommonOptions.Choice("--format", "Output: tables on a terminal and aligned plain text when redirected, or one JSON object", "text", "text", "json");
        Option<int> top = CommonOptions.Count("--top", "How many entities and speakers to list", 10);
        var command = new Command("stats", "Count articles, paragraphs, words, mentions and quotes per kind; list the top entities and speakers and every unattributed quotation.")
        {
            directory,
            format,
            top,
        };
        command.SetAction(result => Run(host, CommonOptions.RequireDirectory(result.GetValue(directory)!), result.GetValue(format)!, result.GetValue(top)));
        return command;
    }

    public static int Run(CliHost host, string directory, string format, int top)
    {
        LoadedCorpus corpus = CorpusLoader.Compile(directory, ProgressScope.None);
        int status = corpus.ReportErrors(host.Error);
        CorpusStatistics stats = CorpusStatistics.Compute(corpus, top);
        if (format == "json")
        {
            StatsReport.WriteJson(stats, host.Output);
        }
        else if (host.Terminal is not null)
        {
            StatsReport.WriteTerminal(StatsReport.Tables(stats), host.Terminal);
        }
        else
        {
            StatsReport.WritePlain(StatsReport.Tables(stats), host.Output);
        }

        return status;
    }
}
