using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>The diagnostics of a `dotnet build`, as the console logger prints them.</summary>
internal static class BuildOutput
{
    // "<origin>: error CG0300: <message> [<project>]"; MSBuild repeats each one in its summary.
    private static readonly Regex DiagnosticLine = new(@"^.+: (?:error|warning) [A-Za-z]+[0-9]+: .+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Every distinct error and warning line, in ordinal order.</summary>
    public static IReadOnlyList<string> Diagnostics(ProcessResult result) =>
        (result.StandardOutput + "\n" + result.StandardError)
            .Split('\n')
            .Select(line => line.TrimEnd('\r').Trim())
            .Where(line => DiagnosticLine.IsMatch(line))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The same lines as a user reads them in docs: paths under <paramref name="directory"/>
    /// relative to it, and without the " [project]" suffix MSBuild appends.
    /// </summary>
    public static IReadOnlyList<string> Relative(IEnumerable<string> lines, string directory, string projectFile)
    {
        string prefix = directory.TrimEnd('/', '\\') + System.IO.Path.DirectorySeparatorChar;
        string suffix = " [" + projectFile + "]";
        return lines
            .Select(line => line.EndsWith(suffix, StringComparison.Ordinal) ? line[..^suffix.Length] : line)
            .Select(line => line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line)
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
