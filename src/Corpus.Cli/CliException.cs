using System;

namespace Corpus.Cli;

/// <summary>
/// A failure the user can act on, reported as one line on stderr: exit code 2 for bad
/// arguments (a missing directory, an unknown mapping), 1 for a run that could not finish.
/// </summary>
internal sealed class CliException : Exception
{
    public const int UsageExitCode = 2;
    public const int FailureExitCode = 1;

    public CliException(string message, int exitCode = UsageExitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this("error")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = FailureExitCode;
    }

    public int ExitCode { get; }
}
