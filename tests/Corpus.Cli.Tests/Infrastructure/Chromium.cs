using System;
using System.Diagnostics;
using System.IO;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>
/// Debian's headless <c>chromium</c> (installed by .ci/run when missing): loads a page from
/// disk (a file: URL), with no sandbox (CI runs as root) and a throw-away profile.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Loads the page once: writes a PNG of its first <paramref name="width"/>×<paramref name="height"/>
    /// pixels (<c>--screenshot</c>) and returns the serialized DOM after loading (<c>--dump-dom</c>).
    /// </summary>
    public static string Capture(string file, string png, int width, int height) =>
        Run(file, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png, "--dump-dom");

    private static string Run(string file, params string[] arguments)
    {
        string executable = Find() ?? throw new InvalidOperationException(
            "chromium is not installed: apt-get update && apt-get install -y chromium (.ci/run does this in CI)");
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile.Path })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within " + Timeout.TotalSeconds + " s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("chromium exited with " + process.ExitCode + ": " + error.Result);
        }

        process.WaitForExit(); // drains the redirected streams
        return output.Result;
    }

    public static string? Find()
    {
        foreach (string name in new[] { "chromium", "chromium-browser" })
        {
            foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(directory, name);
                if (directory.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
