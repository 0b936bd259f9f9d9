using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs `dotnet` and `bash` as a user's shell would: in a given directory, with a bounded
/// time, and with an environment cleaned of what the test host inherited from `dotnet test`.
/// </summary>
internal static class ChildProcess
{
    /// <summary>The `dotnet` that runs these tests, so children use the same SDK installation.</summary>
    public static string Dotnet { get; } = FindDotnet();

    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Clean(start.Environment);
        foreach (KeyValuePair<string, string> pair in environment)
        {
            start.Environment[pair.Key] = pair.Value;
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        string commandLine = fileName + " " + string.Join(" ", arguments.Select(Quote));
        if (!exited)
        {
            throw new TimeoutException("Timed out after " + timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s: " +
                new ProcessResult(commandLine, workingDirectory, -1, Text(stdout), Text(stderr), clock.Elapsed));
        }

        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, Text(stdout), Text(stderr), clock.Elapsed);
    }

    /// <summary>
    /// `dotnet test` runs the test host with MSBuild's own variables set (MSBuildExtensionsPath,
    /// MSBuildSDKsPath, MSBUILD_EXE_PATH, …); a nested build that inherits them resolves SDKs
    /// and targets from the wrong place. Children start from the user's environment instead,
    /// in English, without telemetry, build servers or terminal logger.
    /// </summary>
    private static void Clean(IDictionary<string, string?> environment)
    {
        foreach (string key in environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("TESTINGPLATFORM_", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["MSBUILDTERMINALLOGGER"] = "off";
        environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";

        // `dotnet` in a shell script is the same one as here.
        string directory = Path.GetDirectoryName(Dotnet) ?? string.Empty;
        if (directory.Length > 0)
        {
            environment.TryGetValue("PATH", out string? path);
            environment["PATH"] = directory + Path.PathSeparator + path;
        }
    }

    private static string FindDotnet()
    {
        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return host is { Length: > 0 } && File.Exists(host) ? host : "dotnet";
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=,@%+".Contains(c, StringComparison.Ordinal)) ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
