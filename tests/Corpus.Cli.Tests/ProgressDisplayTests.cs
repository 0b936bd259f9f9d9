using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>A corpus of 2,000 small articles, written once for the progress tests.</summary>
public sealed class ThousandsOfArticles : IDisposable
{
    public const int Count = 2000;

    private readonly TempDirectory _root = new();

    public ThousandsOfArticles()
    {
        Directory.CreateDirectory(_root.Combine("articles"));
        File.WriteAllText(_root.Combine("entities.txt"), "@ada-lovelace person\nname: Ada Lovelace\naliases: Ada\n");
        for (int i = 0; i < Count; i++)
        {
            string id = "article-" + i.ToString("D4", CultureInfo.InvariantCulture);
            File.WriteAllText(
                _root.Combine("articles", id + ".txt"),
                "---\ntitle: Article " + i.ToString(CultureInfo.InvariantCulture) + "\n---\n[Ada]{@ada-lovelace} wrote “notes on the engine.”{@ada-lovelace}\n");
        }
    }

    public string Path => _root.Path;

    public void Dispose() => _root.Dispose();
}

/// <summary>
/// The progress bar: drawn for export and render on a terminal, never in redirected output
/// (no progress text, no ANSI escape codes), and off with <c>--no-progress</c>.
/// </summary>
public sealed class ProgressDisplayTests : IClassFixture<ThousandsOfArticles>
{
    private readonly ThousandsOfArticles _corpus;

    public ProgressDisplayTests(ThousandsOfArticles corpus) => _corpus = corpus;

    [Theory]
    [InlineData("render")]
    [InlineData("export")]
    public void A_terminal_sees_a_progress_bar_over_thousands_of_articles(string command)
    {
        using var output = new TempDirectory();
        var screen = new StringWriter { NewLine = "\n" };

        CliResult result = CliRun.RunOnTerminal(RecordingTerminal.Create(screen), screen, Arguments(command, output.Path));

        Assert.Equal(0, result.ExitCode);
        string text = AnsiText.Strip(result.Output);
        Assert.Contains(command == "render" ? "Rendering 2000 articles" : "Exporting 2000 articles (jsonl)", text, StringComparison.Ordinal);
        Assert.Contains("Reading 2001 files", text, StringComparison.Ordinal); // 2,000 articles and the registry
        Assert.Contains("━", text, StringComparison.Ordinal); // the bar
        Assert.Contains("100%", text, StringComparison.Ordinal);
        Assert.Contains('\u001b', result.Output);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("export")]
    public void Redirected_output_has_no_progress_and_no_escape_codes(string command)
    {
        using var output = new TempDirectory();

        CliResult result = CliRun.Run(Arguments(command, output.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(command == "render" ? "Rendered 2003 pages to " : "Exported 2000 articles and 1 entity as jsonl to ", result.Output, StringComparison.Ordinal);
        Assert.Single(result.OutputLines);
        Assert.Equal(string.Empty, result.Error);
        AssertPlain(result.Output);
    }

    [Fact]
    public void No_progress_turns_the_bar_off_on_a_terminal()
    {
        using var output = new TempDirectory();
        var screen = new StringWriter { NewLine = "\n" };

        CliResult result = CliRun.RunOnTerminal(RecordingTerminal.Create(screen), screen, "render", _corpus.Path, "--out", output.Path, "--no-progress");

        Assert.Equal(0, result.ExitCode);
        AssertPlain(result.Output);
        Assert.StartsWith("Rendered 2003 pages to ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_real_process_with_stdout_and_stderr_redirected_writes_plain_text()
    {
        using var output = new TempDirectory();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "corpus.dll"));
        foreach (string argument in Arguments("export", output.Path))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> stdoutTask = process.StandardOutput.ReadToEndAsync();
        System.Threading.Tasks.Task<string> stderrTask = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        string stdout = await stdoutTask;
        string stderr = await stderrTask;

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("Exported 2000 articles and 1 entity as jsonl to " + output.Path + " (2 files, offsets in codepoint)\n", stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        AssertPlain(stdout);
    }

    private string[] Arguments(string command, string output) => command == "render"
        ? new[] { "render", _corpus.Path, "--out", output }
        : new[] { "export", _corpus.Path, "--format", "jsonl", "--out", output };

    private static void AssertPlain(string text)
    {
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("━", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendering", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exporting", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", text, StringComparison.Ordinal);
    }
}
