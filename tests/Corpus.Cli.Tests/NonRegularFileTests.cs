using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// A FIFO named like a corpus file: the CLI leaves it unread with the build's CGBUILD03 warning
/// (reading it would wait forever for a writer), and checks the rest of the corpus.
/// </summary>
public sealed class NonRegularFileTests
{
    [Fact]
    public async Task Check_and_stats_leave_a_FIFO_out_with_a_warning_and_do_not_hang()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file systems have no FIFOs.
        }

        using var corpus = new TempDirectory();
        File.WriteAllText(corpus.Combine("entities.txt"), "@ada person\nname: Ada\n");
        File.WriteAllText(corpus.Combine("a.txt"), "---\ntitle: A\n---\n[Ada]{@ada} spoke.\n");
        string fifo = corpus.Combine("incoming.txt");
        using (Process mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        string warning = fifo.Replace('\\', '/') + " : warning CGBUILD03: This corpus file is a FIFO (named pipe), not a regular file: Corpus.Generator leaves it out of the corpus, since reading it could wait or run forever.";
        Task<CliResult> check = Task.Run(() => CliRun.Run("check", corpus.Path));
        Task<CliResult> stats = Task.Run(() => CliRun.Run("stats", corpus.Path));
        Assert.Same(check, await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Same(stats, await Task.WhenAny(stats, Task.Delay(TimeSpan.FromSeconds(60))));

        Assert.Equal(new[] { warning, "1 article, 1 entity: 0 errors, 1 warning, 0 messages" }, (await check).OutputLines);
        Assert.Equal(0, (await check).ExitCode);
        Assert.Equal(new[] { warning }, (await stats).ErrorLines);

        // In JSON too, as an object with the file and no position.
        CliResult json = CliRun.Run("check", corpus.Path, "--format", "json");
        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(json.Output);
        System.Text.Json.JsonElement first = document.RootElement[0];
        Assert.Equal("CGBUILD03", first.GetProperty("id").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(fifo.Replace('\\', '/'), first.GetProperty("file").GetString());

        // annotate, given the FIFO itself, refuses it rather than wait on it.
        CliResult annotate = CliRun.Run("annotate", fifo);
        Assert.NotEqual(0, annotate.ExitCode);
        Assert.Contains("is not a regular file", annotate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_brat_export_never_reads_a_FIFO_named_like_a_registry()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file systems have no FIFOs.
        }

        using var corpus = new TempDirectory();
        using var output = new TempDirectory();
        File.WriteAllText(corpus.Combine("entities.txt"), "@ada person\nname: Ada\n");
        File.WriteAllText(corpus.Combine("a.txt"), "---\ntitle: A\n---\n[Ada]{@ada} spoke.\n");
        using (Process mkfifo = Process.Start("mkfifo", corpus.Combine("more.entities.txt")))
        {
            await mkfifo.WaitForExitAsync();
        }

        Task<CliResult> export = Task.Run(() => CliRun.Run("export", corpus.Path, "--format", "brat", "--out", output.Path, "--no-progress"));
        Assert.Same(export, await Task.WhenAny(export, Task.Delay(TimeSpan.FromSeconds(60))));

        Assert.Equal(0, (await export).ExitCode);
        Assert.Equal(new[] { "entities.registry" }, Directory.GetFiles(output.Combine(BratSideFilesFolder)).Select(Path.GetFileName));
    }

    private const string BratSideFilesFolder = Corpus.Cli.Brat.BratSideFiles.RegistryFolder;
}
