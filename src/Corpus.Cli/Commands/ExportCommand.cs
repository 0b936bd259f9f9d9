using System.CommandLine;
using Corpus.Cli.Console;
using Corpus.Cli.Export;
using Corpus.Cli.Text;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus export [dir] --format jsonl|brat|conllu|parquet --out DIR</c>: the corpus for NLP pipelines.</summary>
internal static class ExportCommand
{
    public static Command Create(CliHost host)
    {
        Argument<string> directory = CommonOptions.CorpusDirectory();
        Option<string> format = CommonOptions.Choice("--format", "Export format: JSON Lines, brat standoff, CoNLL-U or Apache Parquet tables", null, "jsonl", "brat", "conllu", "parquet");
        var output = new Option<string>("--out")
        {
            Description = "The output directory (created if missing; files of the same names are overwritten)",
            HelpName = "dir",
            Required = true,
        };
        Option<string> offsets = CommonOptions.Choice("--offsets", "How offsets count characters: Unicode code points (Python, brat) or UTF-16 code units (.NET, JavaScript)", OffsetUnits.CodePointName, OffsetUnits.CodePointName, OffsetUnits.Utf16Name);
        Option<bool> noProgress = CommonOptions.NoProgress();
        var command = new Command("export", "Export the articles and entities as JSON Lines, brat standoff, CoNLL-U or Parquet tables.")
        {
            directory,
            format,
            output,
            offsets,
            noProgress,
        };
        command.SetAction(result => Run(
            host,
            CommonOptions.RequireDirectory(result.GetValue(directory)!),
            result.GetValue(format)!,
            result.GetValue(output)!,
            OffsetUnits.Parse(result.GetValue(offsets)!),
            !result.GetValue(noProgress)));
        return command;
    }

    public static int Run(CliHost host, string directory, string format, string outputDirectory, OffsetUnit unit, bool progress)
    {
        CommonOptions.PrepareOutputDirectory(outputDirectory);
        ICorpusExporter exporter = format switch
        {
            "brat" => new BratExporter(),
            "conllu" => new ConlluExporter(),
            "parquet" => new ParquetExporter(),
            _ => new JsonLinesExporter(),
        };
        (LoadedCorpus corpus, int files) = ProgressDisplay.Run(host, progress, scope =>
        {
            LoadedCorpus loaded = CorpusLoader.Compile(directory, scope);
            ProgressStep step = scope.Start("Exporting " + loaded.Articles.Count + " articles (" + format + ")", loaded.Articles.Count);
            int written = exporter.Export(loaded, outputDirectory, unit, step);
            step.Complete();
            return (loaded, written);
        });
        int status = corpus.ReportErrors(host.Error);
        host.Output.WriteLine(
            "Exported " + LoadedCorpus.Plural(corpus.Articles.Count, "article") + " and " + LoadedCorpus.Plural(corpus.Entities.Entities.Count, "entity", "entities") +
            " as " + format + " to " + outputDirectory + " (" + LoadedCorpus.Plural(files, "file") + ", offsets in " + unit.Name() + ")");
        return status;
    }
}
