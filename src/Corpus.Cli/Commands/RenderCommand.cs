using System.CommandLine;
using System.IO;
using Corpus.Cli.Console;
using Corpus.Cli.Render;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus render [dir] --out site/</c>: a static HTML view of the annotations.</summary>
internal static class RenderCommand
{
    public static Command Create(CliHost host)
    {
        Argument<string> directory = CommonOptions.CorpusDirectory();
        var output = new Option<string>("--out")
        {
            Description = "The site's directory (created if missing; pages of the same names are overwritten)",
            HelpName = "dir",
            DefaultValueFactory = _ => "site",
        };
        Option<bool> noProgress = CommonOptions.NoProgress();
        var command = new Command("render", "Render the corpus as static HTML: one page per article with mentions highlighted by kind and quotations boxed with their speaker, and one page per entity.")
        {
            directory,
            output,
            noProgress,
        };
        command.SetAction(result => Run(host, CommonOptions.RequireDirectory(result.GetValue(directory)!), result.GetValue(output)!, !result.GetValue(noProgress)));
        return command;
    }

    public static int Run(CliHost host, string directory, string outputDirectory, bool progress)
    {
        CommonOptions.PrepareOutputDirectory(outputDirectory);
        (LoadedCorpus corpus, int pages) = ProgressDisplay.Run(host, progress, scope =>
        {
            LoadedCorpus loaded = CorpusLoader.Compile(directory, scope);
            return (loaded, HtmlRenderer.Render(loaded, outputDirectory, scope));
        });
        int status = corpus.ReportErrors(host.Error);
        host.Output.WriteLine("Rendered " + LoadedCorpus.Plural(pages, "page") + " to " + outputDirectory + " (open " + Path.Combine(outputDirectory, SitePaths.Index) + ")");
        return status;
    }
}
