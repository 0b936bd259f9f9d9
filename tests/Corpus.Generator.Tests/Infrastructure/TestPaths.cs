using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Where the test sources and the repository are on disk. [CallerFilePath] is the first
/// choice; a path-mapped build (ContinuousIntegrationBuild turns it into <c>/_/…</c>) falls
/// back to the directories the project file recorded in the assembly's metadata.
/// </summary>
internal static class TestPaths
{
    /// <summary>The directory of the calling test source file.</summary>
    public static string SourceDirectory([CallerFilePath] string callerFilePath = "")
    {
        string? directory = Path.GetDirectoryName(callerFilePath);
        if (directory is not null && Directory.Exists(directory))
        {
            return directory;
        }

        return Metadata("ProjectDirectory");
    }

    /// <summary>The repository root (the directory of Directory.Build.props).</summary>
    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>A file of the repository, by its path relative to the root with '/' separators.</summary>
    public static string InRepo(string relativePath) =>
        Path.Combine(RepoRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string Metadata(string key)
    {
        foreach (AssemblyMetadataAttribute attribute in typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (string.Equals(attribute.Key, key, StringComparison.Ordinal) && attribute.Value is { Length: > 0 } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException("The test assembly has no '" + key + "' metadata; see Corpus.Generator.Tests.csproj.");
    }
}
