using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// Not a benchmark: the sizes that the build suite's targets name, for 1,000 and 10,000
/// articles. The generated C# against the corpus's bytes, the data resource and the assembly, and
/// the peak memory of the largest process of a cold build (csc, without the compiler server, or
/// MSBuild), from <c>/usr/bin/time -v</c>, beside the EmbeddedResource baseline's.
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- sizes</c>.
/// </summary>
internal static class OutputSizes
{
    public static void Run()
    {
        Console.WriteLine("| articles | corpus | generated C# | C# / corpus | data resource | assembly | peak memory: baseline build | peak memory: Corpus.Generator build |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int articles in new[] { 1_000, 10_000 })
        {
            BenchWorkspace workspace = BenchWorkspace.Prepare(articles);
            string generated = Path.Combine(workspace.Root, "sizes", "generated");
            if (Directory.Exists(generated))
            {
                Directory.Delete(generated, recursive: true);
            }

            long baselinePeak = PeakKilobytes(BenchWorkspace.BuildArguments(workspace.ResourceProject));
            long corpusPeak = PeakKilobytes(BenchWorkspace.BuildArguments(workspace.LibraryProject)
                + " -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=\"" + generated + "\"");
            long corpus = Directory.GetFiles(workspace.CorpusDirectory, "*.txt", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            long csharp = Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            long data = new FileInfo(Path.Combine(Path.GetDirectoryName(workspace.LibraryProject)!, "obj", "Release", "net10.0", "Corpus.Generator.CorpusData.bin")).Length;
            long assembly = new FileInfo(workspace.LibraryPath).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {articles:N0} | {Mb(corpus)} | {Mb(csharp)} | {100.0 * csharp / corpus:F1} % | {Mb(data)} | {Mb(assembly)} | {baselinePeak / 1024.0:F0} MB | {corpusPeak / 1024.0:F0} MB |"));
        }
    }

    private static string Mb(long bytes) => (bytes / 1_000_000.0).ToString("F2", CultureInfo.InvariantCulture) + " MB";

    /// <summary>Runs a build under GNU time and returns its "Maximum resident set size" (the largest process of the tree).</summary>
    private static long PeakKilobytes(string arguments)
    {
        ProcessStartInfo start = BenchWorkspace.StartInfo("/usr/bin/time", "-v dotnet " + arguments);
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + arguments + " failed:\n" + output + errors);
        }

        Match peak = Regex.Match(errors, @"Maximum resident set size \(kbytes\): (\d+)", RegexOptions.None, TimeSpan.FromSeconds(5));
        return long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
