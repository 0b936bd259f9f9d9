using System.IO;
using System.Text.Json;
using Corpus.Syntax;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus check [dir] [--format text|json]</c>: the build's diagnostics without a build.</summary>
internal static class CheckCommand
{
    public static int Run(string directory, string format, TextWriter output)
    {
        CorpusCompilation compilation = CorpusCompilation.Create(CorpusLoader.Load(directory));
        bool hasErrors = false;
        if (format == "json")
        {
            using var writer = new Utf8JsonWriter(JsonOutput.Open(output), new JsonWriterOptions { Indented = true });
            writer.WriteStartArray();
            foreach (CorpusDiagnostic d in compilation.Diagnostics)
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
                hasErrors |= d.Severity == DiagnosticSeverity.Error;
            }

            writer.WriteEndArray();
            writer.Flush();
            output.WriteLine();
        }
        else
        {
            foreach (CorpusDiagnostic d in compilation.Diagnostics)
            {
                output.WriteLine(d.ToMSBuildString());
                hasErrors |= d.Severity == DiagnosticSeverity.Error;
            }

            output.WriteLine(compilation.Articles.Count + " article(s), " + compilation.Entities.Entities.Count + " entit(ies), " + compilation.Diagnostics.Count + " diagnostic(s)");
        }

        return hasErrors ? 1 : 0;
    }
}
