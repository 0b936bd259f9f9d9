using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Lsp;

/// <summary>
/// The <c>dotnet_diagnostic.CGxxxx.severity</c> entries of the nearest <c>.globalconfig</c>
/// up the tree from the corpus, so the editor shows what the build would: the build reads the
/// same file (docs/diagnostics.md, "Changing a severity"). Only the entries the build applies
/// to a corpus are read; everything else in the file is ignored.
/// </summary>
internal sealed class SeverityConfiguration
{
    public const string FileName = ".globalconfig";

    private const string Prefix = "dotnet_diagnostic.";
    private const string Suffix = ".severity";

    /// <summary>Per id: the configured severity, or null for <c>none</c> (not reported).</summary>
    private readonly Dictionary<string, DiagnosticSeverity?> _severities;

    private SeverityConfiguration(string? path, Dictionary<string, DiagnosticSeverity?> severities)
    {
        Path = path;
        _severities = severities;
    }

    public static SeverityConfiguration Default { get; } = new(null, new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal));

    /// <summary>The file the entries came from, or null.</summary>
    public string? Path { get; }

    /// <summary>The nearest <c>.globalconfig</c> in <paramref name="directory"/> or a directory above it.</summary>
    public static SeverityConfiguration Find(string? directory)
    {
        for (DirectoryInfo? dir = directory is null ? null : new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                try
                {
                    return Parse(candidate, File.ReadAllText(candidate));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Default; // unreadable: the defaults, as if it were not there
                }
            }
        }

        return Default;
    }

    public static SeverityConfiguration Parse(string? path, string text)
    {
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            string key = line.Substring(0, equals).Trim();
            string value = line.Substring(equals + 1).Trim();
            int comment = value.IndexOfAny(new[] { '#', ';' });
            if (comment >= 0)
            {
                value = value.Substring(0, comment).TrimEnd();
            }

            // Longer than the prefix and suffix together: "dotnet_diagnostic.severity" has both and no id.
            if (key.Length <= Prefix.Length + Suffix.Length || !key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string id = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length).ToUpperInvariant();
            switch (value.ToLowerInvariant())
            {
                case "error":
                    severities[id] = DiagnosticSeverity.Error;
                    break;
                case "warning":
                    severities[id] = DiagnosticSeverity.Warning;
                    break;
                case "suggestion" or "info":
                    severities[id] = DiagnosticSeverity.Info;
                    break;
                case "silent" or "hidden":
                    severities[id] = DiagnosticSeverity.Hidden;
                    break;
                case "none":
                    severities[id] = null;
                    break;
                default:
                    severities.Remove(id); // "default", or a value the build would reject: the rule's own severity
                    break;
            }
        }

        return new SeverityConfiguration(path, severities);
    }

    /// <summary>The severity to show, or null when the configuration turns the diagnostic off.</summary>
    public DiagnosticSeverity? SeverityOf(CorpusDiagnostic diagnostic) =>
        _severities.TryGetValue(diagnostic.Id, out DiagnosticSeverity? configured) ? configured : diagnostic.Severity;
}
