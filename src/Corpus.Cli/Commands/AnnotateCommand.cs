using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using Corpus.Cli.Annotate;
using Corpus.Cli.Console;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus annotate &lt;file or folder&gt; [--registry …] [--write | --diff]</c>: the engine's
/// suggestions as markup, shown as a unified diff (the default) or written into the files.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create(CliHost host)
    {
        var target = new Argument<string>("path") { Description = "An article file, or a folder whose articles (every *.txt but the registries) are annotated." };
        CommonOptions.RejectOptionLookalikes(target);
        var registry = new Option<string>("--registry") { Description = "The entity registry: a file, or a folder of registries (default: the nearest folder at or above the path that has an entities.txt).", HelpName = "path" };
        var write = new Option<bool>("--write") { Description = "Write the suggestions into the files." };
        var diff = new Option<bool>("--diff") { Description = "Print the suggestions as a unified diff (the default)." };
        var command = new Command("annotate", "Suggest mentions, speakers and reported speech from the registry, as markup for the author to review. Never changes an existing annotation.")
        {
            target,
            registry,
            write,
            diff,
        };
        command.SetAction(result => Run(result.GetValue(target)!, result.GetValue(registry), result.GetValue(write), result.GetValue(diff), host.Output, host.Error));
        return command;
    }

    public static int Run(string target, string? registry, bool write, bool diff, TextWriter output, TextWriter error)
    {
        if (write && diff)
        {
            throw new CliException("--write and --diff cannot be combined");
        }

        List<string> files = Articles(target);
        EntityTable entities = RegistryLocator.Load(target, registry);
        var suggester = new AnnotationSuggester(entities);
        int mentions = 0, quotations = 0, reported = 0, changedFiles = 0;
        foreach (string file in files)
        {
            string source = CorpusFileText.Read(file);
            string path = file.Replace('\\', '/');
            AnnotatedArticle annotated = ArticleAnnotator.Annotate(path, source, suggester);
            foreach (string note in annotated.Notes)
            {
                // Notes quote the article: escaped like a diagnostic's message. The diff below is
                // left exact: it is a patch, to be applied, and an escape would corrupt it.
                error.WriteLine(MessageText.Escape(path + ": " + note));
            }

            if (annotated.Text == source)
            {
                continue;
            }

            changedFiles++;
            mentions += annotated.Mentions;
            quotations += annotated.Quotations;
            reported += annotated.ReportedSpeech;
            if (write)
            {
                File.WriteAllText(file, annotated.Text, new UTF8Encoding(HasByteOrderMark(file)));
            }
            else
            {
                output.Write(UnifiedDiff.Create("a/" + path, "b/" + path, source, annotated.Text));
            }
        }

        error.WriteLine(
            "corpus annotate: " + LoadedCorpus.Plural(mentions, "mention") + ", " + LoadedCorpus.Plural(quotations, "speaker") + ", " +
            LoadedCorpus.Plural(reported, "reported clause") + " suggested in " + LoadedCorpus.Plural(changedFiles, "file") +
            (write ? " (written)" : string.Empty));
        return 0;
    }

    /// <summary>Reading drops a byte-order mark; writing keeps the file's own.</summary>
    private static bool HasByteOrderMark(string file)
    {
        using FileStream stream = File.OpenRead(file);
        return stream.ReadByte() == 0xEF && stream.ReadByte() == 0xBB && stream.ReadByte() == 0xBF;
    }

    private static List<string> Articles(string target)
    {
        if (File.Exists(target))
        {
            if (FileKinds.Of(target) != FileKind.Regular)
            {
                throw new CliException("'" + target + "' is not a regular file: " + FileKinds.LeftOutMessage(FileKinds.Of(target)));
            }

            return new List<string> { target };
        }

        if (!Directory.Exists(target))
        {
            throw new CliException("'" + target + "' is neither a file nor a folder");
        }

        var files = new List<string>();
        foreach (string file in Directory.EnumerateFiles(target, "*.txt", SearchOption.AllDirectories))
        {
            // A FIFO or device named *.txt is never read: reading it could wait or run forever.
            if (!FileNames.IsRegistry(file) && FileKinds.Of(file) == FileKind.Regular)
            {
                files.Add(file);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
