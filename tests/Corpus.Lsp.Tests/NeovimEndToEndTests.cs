using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Lsp.Tests.Infrastructure;

namespace Corpus.Lsp.Tests;

/// <summary>
/// A real editor end to end: Debian's Neovim, headless, with its built-in LSP client configured
/// by Fixtures/neovim/lsp-end-to-end.lua, runs the built <c>corpus lsp</c>. It receives the
/// diagnostic at its exact range, completes an id, hovers and jumps to the definition. Skipped
/// only when nvim is not installed (.ci/run installs it).
/// </summary>
public sealed class NeovimEndToEndTests
{
    [NeovimFact]
    public void Neovim_shows_the_diagnostic_completes_an_id_hovers_and_jumps_to_the_definition()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/talks.txt", TestCorpus.Article.Replace("{@china}", "{@chinaa}", StringComparison.Ordinal));
        string output = corpus.PathOf("nvim-output.txt");
        string server = Path.Combine(AppContext.BaseDirectory, "corpus.dll");
        string script = Path.Combine(AppContext.BaseDirectory, "Fixtures", "neovim", "lsp-end-to-end.lua");
        var start = new ProcessStartInfo(Neovim.Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = corpus.Root,
        };
        foreach (string argument in new[] { "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + script })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CORPUS_LSP_COMMAND"] = JsonSerializer.Serialize(new[] { DotnetHost(), server, "lsp" });
        start.Environment["CORPUS_ROOT"] = corpus.Root;
        start.Environment["CORPUS_ARTICLE"] = corpus.ArticlePath;
        start.Environment["CORPUS_OUT"] = output;

        using Process nvim = Process.Start(start)!;
        nvim.StandardInput.Close();
        string stderr = nvim.StandardError.ReadToEndAsync().Result;
        if (!nvim.WaitForExit(180_000))
        {
            nvim.Kill(entireProcessTree: true);
            Assert.Fail("nvim did not finish in 3 minutes; stderr: " + stderr);
        }

        Assert.True(File.Exists(output), "nvim wrote no output; stderr: " + stderr);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(
            new[]
            {
                "diagnostic 3:8-3:15 severity=1 CG0300 Unknown entity '@chinaa' (did you mean '@china'?)",
                "completion 1 victor-cha (person · Victor D. Cha)",
                "line [Mr. Cha]{@victor-cha} said.",
                "hover **Victor D. Cha** · person · `@victor-cha`",
                "definition entities.txt 1:0 @victor-cha person",
            },
            lines);
    }

    /// <summary>The dotnet executable running this test, so the server runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (host is not null && File.Exists(host))
        {
            return host;
        }

        string? main = Process.GetCurrentProcess().MainModule?.FileName;
        return main is not null && Path.GetFileNameWithoutExtension(main) == "dotnet" ? main : "dotnet";
    }
}

/// <summary>Where nvim is on the PATH, or null.</summary>
internal static class Neovim
{
    public static readonly string? Path = Find();

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, OperatingSystem.IsWindows() ? "nvim.exe" : "nvim"))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that is skipped, saying why, when nvim is not installed.</summary>
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (Neovim.Path is null)
        {
            Skip = "nvim is not installed (Debian: apt-get install neovim; .ci/run installs it)";
        }
    }
}
