using System.CommandLine;
using System.IO;
using System.Text.Json;
using Corpus.Cli.Console;
using Corpus.Syntax;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus check [dir] [--format text|json]</c>: the build's diagnostics without a build.</summary>
internal static class CheckCommand
{
    public static Command Create(CliHost host)
    {
        Argument<string> directory = CommonOptions.CorpusDirectory();
        Option<string> format = CommonOptions.Choice("--format", "Output format: MSBuild lines (file(line,col): error ID: message) or a JSON array", "text", "text", "json");
        var command = new Command("check", "Report the corpus's diagnostics, exactly as the build does. Exit code 1 when there are errors.")
        {
            directory,
            format,
        };
        command.SetAction(result => Run(CommonOptions.RequireDirectory(result.GetValue(directory)!), result.GetValue(format)!, host.Output));
        return command;
    }

    public static int Run(string directory, string format, TextWriter output)
    {
        LoadedCorpus corpus = CorpusLoader.Compile(directory, ProgressScope.None);
        CorpusCompilation compilation = corpus.Compilation;
        System.Collections.Generic.IReadOnlyList<LeftOutFile> leftOut = corpus.LeftOut;
        System.Collections.Generic.List<CorpusDiagnostic> diagnostics = Annotate.RecallAidDiagnostics.WithRecallAid(compilation, corpus.Sources);
        bool hasErrors = false;
        foreach (CorpusDiagnostic d in diagnostics)
        {
            hasErrors |= d.Severity == DiagnosticSeverity.Error;
        }

        if (format == "json")
        {
            WriteJson(leftOut, diagnostics, output);
        }
        else
        {
            WriteText(compilation, leftOut, diagnostics, output);
        }

        return hasErrors ? 1 : 0;
    }

    private static void WriteText(CorpusCompilation compilation, System.Collections.Generic.IReadOnlyList<LeftOutFile> leftOut, System.Collections.Generic.List<CorpusDiagnostic> diagnostics, TextWriter output)
    {
        // Files left unread (a FIFO, a device) first, as the build warns of them before it compiles.
        foreach (LeftOutFile file in leftOut)
        {
            output.WriteLine(file.ToMSBuildString());
        }

        int errors = 0, warnings = leftOut.Count, infos = 0;
        foreach (CorpusDiagnostic d in diagnostics)
        {
            output.WriteLine(d.ToMSBuildString());
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                case DiagnosticSeverity.Info: infos++; break;
            }
        }

        output.WriteLine(
            LoadedCorpus.Plural(compilation.Articles.Count, "article") + ", " +
            LoadedCorpus.Plural(compilation.Entities.Entities.Count, "entity", "entities") + ": " +
            LoadedCorpus.Plural(errors, "error") + ", " +
            LoadedCorpus.Plural(warnings, "warning") + ", " +
            LoadedCorpus.Plural(infos, "message"));
    }

    private static void WriteJson(System.Collections.Generic.IReadOnlyList<LeftOutFile> leftOut, System.Collections.Generic.List<CorpusDiagnostic> diagnostics, TextWriter output)
    {
        using (var writer = new Utf8JsonWriter(JsonOutput.Open(output), JsonOutput.Options(indented: true)))
        {
            writer.WriteStartArray();

            // A file left unread has no position in it: only its path.
            foreach (LeftOutFile file in leftOut)
            {
                writer.WriteStartObject();
                writer.WriteString("id", LeftOutFile.Id);
                writer.WriteString("severity", "warning");
                writer.WriteString("message", file.Message);
                writer.WriteString("file", file.Path);
                writer.WriteEndObject();
            }

            foreach (CorpusDiagnostic d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.Id);
                writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                writer.WriteString("message", d.Message);
                writer.WriteString("file", d.FilePath);
                writer.WriteNumber("line", d.Span.Line);
                writer.WriteNumber("column", d.Span.Column);
                writer.WriteNumber("endLine", d.Span.EndLine);
                writer.WriteNumber("endColumn", d.Span.EndColumn);
                writer.WriteNumber("start", d.Span.Start);
                writer.WriteNumber("length", d.Span.Length);
                writer.WriteString("helpLink", d.Descriptor.HelpLink);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine();
    }
}
