using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// A pack on a developer's machine, not only CI's (CI=true), holds no path of that machine: the
/// PDB path in each DLL, the PDBs' source paths and SourceLink map, CallerFilePath strings and
/// anything else a file of a package might carry. The test run packs as a developer does (the
/// repository's Release build), and every file of every package is searched for the repository's
/// absolute path, as UTF-8 and UTF-16 bytes, and each PDB's decoded source paths as well.
/// </summary>
[Trait("Tier", "Full")]
public sealed class DeterministicPackTests
{
    public static TheoryData<string> PackageFiles() => PackageLayoutTests.PackageFiles();

    [Theory]
    [MemberData(nameof(PackageFiles))]
    public void No_file_of_a_package_holds_the_path_of_the_repository_it_was_packed_from(string fileName)
    {
        string root = TestPaths.RepoRoot.TrimEnd('/', '\\');
        Package package = Package.Open(Path.Combine(PackedPackages.Instance.Folder, fileName));
        var found = new List<string>();

        foreach (string file in package.Files)
        {
            byte[] bytes = package.Read(file);
            if (Contains(bytes, Encoding.UTF8.GetBytes(root)) || Contains(bytes, Encoding.Unicode.GetBytes(root)))
            {
                found.Add(file);
            }

            if (file.EndsWith(".pdb", StringComparison.Ordinal))
            {
                found.AddRange(PortablePdb.DocumentNames(bytes).Where(name => name.StartsWith(root, StringComparison.Ordinal)).Select(name => file + ": " + name));
            }
        }

        Assert.True(found.Count == 0, fileName + " holds " + root + " in:\n" + string.Join("\n", found));
        // Something was searched: the DLLs of a .nupkg, the PDBs of a .snupkg.
        Assert.Contains(package.Files, f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".pdb", StringComparison.Ordinal));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
