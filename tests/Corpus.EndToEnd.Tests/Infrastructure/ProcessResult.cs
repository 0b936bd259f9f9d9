using System;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>What a child process did. <see cref="ToString"/> is the whole story, for assertion messages.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    public override string ToString() =>
        "$ " + CommandLine + Environment.NewLine +
        "  (in " + WorkingDirectory + ", exit code " + ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) +
        ", " + Duration.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s)" + Environment.NewLine +
        "--- stdout ---" + Environment.NewLine + StandardOutput + Environment.NewLine +
        "--- stderr ---" + Environment.NewLine + StandardError;
}
