using System.CommandLine;
using Corpus.Cli.Console;
using Corpus.Cli.Import;
using Corpus.Cli.Text;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus import brat DIR --out DIR</c>: brat standoff into our inline format.</summary>
internal static class ImportCommand
{
    public static Command Create(CliHost host)
    {
        var source = new Argument<string>("source")
        {
            Description = "The brat folder: every *.ann below it, with the .txt of the same name",
        };
        CommonOptions.RejectOptionLookalikes(source);
        var output = new Option<string>("--out")
        {
            Description = "Where to write entities.txt and articles/*.txt (created if missing; files of the same names are overwritten)",
            HelpName = "dir",
            Required = true,
        };
        var map = new Option<string[]>("--map")
        {
            Description = "Map a brat type to a kind, or to quotation, term or ignore: --map PER=person --map MISC=ignore (repeatable; case-insensitive)",
            HelpName = "TYPE=KIND",
            AllowMultipleArgumentsPerToken = false,
        };
        Option<string> offsets = CommonOptions.Choice("--offsets", "How the .ann offsets count characters: Unicode code points (the brat tool) or UTF-16 code units", OffsetUnits.CodePointName, OffsetUnits.CodePointName, OffsetUnits.Utf16Name);
        Option<string> quotes = CommonOptions.Choice("--unannotated-quotes", "Quotation marks that no brat span annotates: escape them (the import holds exactly the brat spans) or keep them (corpus check then asks for their speakers)", "escape", "escape", "keep");
        var attribution = new Option<bool>("--attribution")
        {
            Description = "Read Source/Cue/Content attribution spans (PARC style, linked by events or relations) as quotations with speakers",
        };
        var annotator = new Option<string?>("--annotator")
        {
            Description = "With one folder per annotator (NAME/doc.ann), import NAME's annotations and report where the others differ",
            HelpName = "name",
        };
        Option<bool> noProgress = CommonOptions.NoProgress();
        var brat = new Command("brat", "Convert brat standoff (.txt + .ann) into corpus articles and an entity registry.")
        {
            source,
            output,
            map,
            offsets,
            quotes,
            attribution,
            annotator,
            noProgress,
        };
        brat.SetAction(result =>
        {
            var mapping = KindMapping.CreateDefault();
            foreach (string rule in result.GetValue(map) ?? System.Array.Empty<string>())
            {
                mapping.Apply(rule);
            }

            return Run(
                host,
                CommonOptions.RequireDirectory(result.GetValue(source)!, "brat folder"),
                result.GetValue(output)!,
                mapping,
                OffsetUnits.Parse(result.GetValue(offsets)!),
                result.GetValue(quotes) == "escape",
                !result.GetValue(noProgress),
                result.GetValue(attribution),
                result.GetValue(annotator));
        });
        return new Command("import", "Bring annotated data in from another format.") { brat, CreateJsonLines(host) };
    }

    /// <summary><c>corpus import jsonl DIR --out DIR</c>: this tool's JSON Lines export back into our format.</summary>
    private static Command CreateJsonLines(CliHost host)
    {
        var source = new Argument<string>("source")
        {
            Description = "The folder of a JSON Lines export: articles.jsonl and entities.jsonl",
        };
        CommonOptions.RejectOptionLookalikes(source);
        var output = new Option<string>("--out")
        {
            Description = "Where to write entities.txt and the articles at their 'file' paths (created if missing; files of the same names are overwritten)",
            HelpName = "dir",
            Required = true,
        };
        Option<bool> noProgress = CommonOptions.NoProgress();
        var jsonl = new Command("jsonl", "Convert a JSON Lines export (articles.jsonl, entities.jsonl) back into corpus articles and an entity registry.")
        {
            source,
            output,
            noProgress,
        };
        jsonl.SetAction(result =>
        {
            string from = CommonOptions.RequireDirectory(result.GetValue(source)!, "JSON Lines folder");
            string to = result.GetValue(output)!;
            return Report(host, to, Run(host, to, !result.GetValue(noProgress), scope => new JsonLinesImporter().Import(from, to, scope)));
        });
        return jsonl;
    }

    public static int Run(CliHost host, string source, string output, KindMapping mapping, OffsetUnit unit, bool escapeQuotes, bool progress, bool attribution = false, string? annotator = null)
    {
        var importer = new BratImporter(mapping, unit, escapeQuotes, attribution, annotator);
        return Report(host, output, Run(host, output, progress, scope => importer.Import(source, output, scope)));
    }

    private static ImportResult Run(CliHost host, string output, bool progress, System.Func<ProgressScope, ImportResult> import)
    {
        CommonOptions.PrepareOutputDirectory(output);
        return ProgressDisplay.Run(host, progress, import);
    }

    private static int Report(CliHost host, string output, ImportResult result)
    {
        foreach (string warning in result.Warnings)
        {
            // Warnings quote the imported files' text: escaped like a diagnostic's message.
            host.Error.WriteLine("warning: " + MessageText.Escape(warning));
        }

        int errors = 0;
        foreach (CorpusDiagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                host.Error.WriteLine(diagnostic.ToMSBuildString());
                errors++;
            }
        }

        host.Output.WriteLine(
            "Imported " + LoadedCorpus.Plural(result.Documents, "document") + " into " + output + ": " +
            LoadedCorpus.Plural(result.Mentions, "mention") + ", " + LoadedCorpus.Plural(result.Quotations, "quotation") + ", " +
            LoadedCorpus.Plural(result.Terms, "term") + ", " + LoadedCorpus.Plural(result.Entities, "entity", "entities") +
            (result.LeftOut > 0 ? "; " + LoadedCorpus.Plural(result.LeftOut, "span") + " left out (see the warnings)" : string.Empty) +
            (errors > 0 ? "; the result has " + LoadedCorpus.Plural(errors, "error") : string.Empty));
        int attributions = result.NamedSources + result.ResolvedSources + result.UnresolvedSources;
        if (attributions > 0 || result.Disagreements > 0)
        {
            host.Output.WriteLine(
                "Attributions: " + attributions + " (" + result.NamedSources + " to a named source, " + result.ResolvedSources + " resolved from a pronoun or description, " +
                result.UnresolvedSources + " unattributed)" + (result.Disagreements > 0 ? "; annotators disagree on " + LoadedCorpus.Plural(result.Disagreements, "attribution") : string.Empty));
        }

        if (!result.NotImported.IsEmpty)
        {
            host.Output.WriteLine("Not imported: " + result.NotImported.Summary() + " (see the warnings)");
        }

        return errors > 0 ? 1 : 0;
    }
}
