using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// What the compiler run of a 10k corpus library spends its time on (a profile: one run each,
/// the table docs/benchmarks.md quotes in its first section): the build's own csc command line,
/// taken from a detailed build log, run alone again and again with one thing changed each time
/// (the corpus files named by an .editorconfig section each, as CompilerVisibleItemMetadata
/// wrote them; the generator replaced by its own output; no AdditionalFiles; no
/// <c>Articles.g.cs</c>; no SDK analyzers), without the compiler server.
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- compiler-parts</c>.
/// The workspace's paths hold no spaces, so the command line splits on them.
/// </summary>
internal static class CompilerParts
{
    public static void Run()
    {
        BenchWorkspace workspace = BenchWorkspace.Prepare(10_000);
        string projectDirectory = Path.GetDirectoryName(workspace.LibraryProject)!;
        string log = BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.LibraryProject).Replace("-v:q", "-v:d", StringComparison.Ordinal));
        string commandLine = log.Split('\n').Select(l => l.Trim()).First(l => l.Contains("/bincore/csc ", StringComparison.Ordinal) && l.Contains(" /noconfig", StringComparison.Ordinal));
        string csc = commandLine[..commandLine.IndexOf(' ', StringComparison.Ordinal)] + ".dll";
        List<string> build = commandLine[(commandLine.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        string scratch = Path.Combine(Path.GetTempPath(), "corpus-compiler-parts-" + Guid.NewGuid().ToString("N")[..8]);
        string generated = Path.Combine(scratch, "generated");
        Directory.CreateDirectory(generated);
        try
        {
            List<string> own = Retarget(build, scratch).Append("/generatedfilesout:" + generated).ToList();
            Console.WriteLine("| the compiler run | time |");
            Console.WriteLine("|---|---:|");
            Row("the build's own run (the generator, the AdditionalFiles, the SDK's .editorconfig)", csc, projectDirectory, scratch, own);
            Row("the same, with an .editorconfig section per corpus file (as CompilerVisibleItemMetadata wrote them)", csc, projectDirectory, scratch, WithSections(own, scratch));

            string[] sources = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).Where(f => f.Contains("Corpus.Generator", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            List<string> noGenerator = Retarget(build, scratch).Where(a => !IsCorpusAnalyzer(a)).Concat(sources).ToList();
            Row("no generator: its output given as source files", csc, projectDirectory, scratch, noGenerator);
            List<string> noFiles = noGenerator.Where(a => !a.StartsWith("/additionalfile:", StringComparison.Ordinal)).ToList();
            Row("the same, without the AdditionalFiles", csc, projectDirectory, scratch, noFiles);
            List<string> noArticles = noFiles.Where(a => !a.EndsWith("Articles.g.cs", StringComparison.Ordinal)).ToList();
            Row("the same, without `Articles.g.cs` (one `Articles.X` property per article)", csc, projectDirectory, scratch, noArticles);
            Row("the same, without the SDK's analyzers and generators", csc, projectDirectory, scratch, noArticles.Where(a => !a.StartsWith("/analyzer:", StringComparison.Ordinal)).ToList());
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The build's arguments writing into the scratch directory instead of obj/.</summary>
    private static IEnumerable<string> Retarget(List<string> arguments, string scratch) =>
        arguments.Select(a =>
            a.StartsWith("/out:", StringComparison.Ordinal) ? "/out:" + Path.Combine(scratch, "Corpus.dll")
            : a.StartsWith("/refout:", StringComparison.Ordinal) ? "/refout:" + Path.Combine(scratch, "ref.dll")
            : a);

    private static bool IsCorpusAnalyzer(string argument) =>
        argument.StartsWith("/analyzer:", StringComparison.Ordinal) &&
        (argument.EndsWith("Corpus.Generator.dll", StringComparison.Ordinal) || argument.EndsWith("Corpus.Syntax.dll", StringComparison.Ordinal) || argument.EndsWith("Corpus.Storage.dll", StringComparison.Ordinal));

    /// <summary>The build's arguments with one more .editorconfig: a section per corpus file, as the SDK writes item metadata.</summary>
    private static List<string> WithSections(List<string> arguments, string scratch)
    {
        var config = new StringBuilder("is_global = true\n");
        foreach (string file in arguments.Where(a => a.StartsWith("/additionalfile:", StringComparison.Ordinal)))
        {
            config.Append('\n').Append('[').Append(file["/additionalfile:".Length..]).Append("]\nbuild_metadata.AdditionalFiles.CorpusFile = true\n");
        }

        string path = Path.Combine(scratch, "sections.globalconfig");
        File.WriteAllText(path, config.ToString());
        return arguments.Append("/analyzerconfig:" + path).ToList();
    }

    private static void Row(string what, string csc, string projectDirectory, string scratch, List<string> arguments)
    {
        string responseFile = Path.Combine(scratch, "csc.rsp");
        File.WriteAllLines(responseFile, arguments);
        ProcessStartInfo start = BenchWorkspace.StartInfo("dotnet", "\"" + csc + "\" @\"" + responseFile + "\"");
        start.WorkingDirectory = projectDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd() + errors.Result;
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(what + ": csc exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + ":\n" + output);
        }

        Console.WriteLine("| " + what + " | " + clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s |");
    }
}
