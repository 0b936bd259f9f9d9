using System;
using System.IO;
using System.Reflection;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Where things are. The repository root and the package version come from the assembly's
/// metadata (written by the project file), never from [CallerFilePath], which CI path-maps;
/// fixtures are copied next to the test assembly.
/// </summary>
internal static class TestPaths
{
    /// <summary>The repository root (the directory of Directory.Build.props).</summary>
    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>The version Directory.Build.props gives every package.</summary>
    public static string PackageVersion => Metadata("PackageVersion");

    /// <summary>A file of the repository, by its path relative to the root with '/' separators.</summary>
    public static string InRepo(string relativePath) =>
        Path.Combine(RepoRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A fixture folder of this project (Fixtures/&lt;name&gt;), as copied to the output.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string Metadata(string key)
    {
        foreach (AssemblyMetadataAttribute attribute in typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (string.Equals(attribute.Key, key, StringComparison.Ordinal) && attribute.Value is { Length: > 0 } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException("The test assembly has no '" + key + "' metadata; see Corpus.EndToEnd.Tests.csproj.");
    }
}
