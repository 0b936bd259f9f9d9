using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Xml.Linq;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The repository's packages, packed once per test run into a temporary folder with the
/// documented command (<see cref="PackArguments"/>, only the output folder differs), and a
/// NuGet cache of this run only, so a package cached by an earlier run under the same version
/// is never what a test restores.
/// </summary>
internal sealed class PackedPackages
{
    /// <summary>The documented command, README's first step of "Use the corpus in your app".</summary>
    public const string PackCommand = "dotnet pack -c Release -o artifacts/packages";

    private static readonly Lazy<PackedPackages> Shared = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackedPackages(string root, string folder, string cache, string publicSource)
    {
        Root = root;
        Folder = folder;
        Cache = cache;
        PublicSource = publicSource;
    }

    /// <summary>Packed on first use by any test; a failed pack fails every test that needs it.</summary>
    public static PackedPackages Instance => Shared.Value;

    /// <summary>The temporary directory of this run (packages, cache and every test's projects).</summary>
    public string Root { get; }

    /// <summary>The folder the .nupkg and .snupkg files were packed into.</summary>
    public string Folder { get; }

    /// <summary>NUGET_PACKAGES of every fresh project of this run (not of the pack, which restores the repository).</summary>
    public string Cache { get; }

    /// <summary>The public feed of the repository's nuget.config.</summary>
    public string PublicSource { get; }

    /// <summary>How long packing took, for the record.</summary>
    public TimeSpan PackTime { get; private set; }

    /// <summary>What each pack command printed, for the tests of what packing says.</summary>
    public IReadOnlyList<ProcessResult> PackResults => _packResults;

    private readonly List<ProcessResult> _packResults = new();

    public static string Version => TestPaths.PackageVersion;

    /// <summary>The packages the tests need; Corpus.News's pack builds the other two.</summary>
    private static readonly string[] PackedProjects =
    {
        "src/Corpus.News/Corpus.News.csproj",
        "src/Corpus.Model/Corpus.Model.csproj",
        "src/Corpus.Generator/Corpus.Generator.csproj",
    };

    /// <summary>The documented command's arguments with the output folder replaced.</summary>
    public static IReadOnlyList<string> PackArguments(string project, string output) =>
        new[] { "pack", project, "-c", "Release", "-o", output };

    public string Package(string id) => Path.Combine(Folder, id + "." + Version + ".nupkg");

    public string SymbolPackage(string id) => Path.Combine(Folder, id + "." + Version + ".snupkg");

    /// <summary>The environment of the fresh projects: this run's NuGet cache and CORPUS_PACKAGES, as README sets it.</summary>
    public IReadOnlyDictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = Cache,
            ["CORPUS_PACKAGES"] = Folder,
        };
        if (extra is not null)
        {
            foreach (KeyValuePair<string, string> pair in extra)
            {
                environment[pair.Key] = pair.Value;
            }
        }

        return environment;
    }

    /// <summary>A new empty directory of this run.</summary>
    public string NewDirectory(string name)
    {
        string path = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A copy of a fixture project with a nuget.config that restores this run's packages.</summary>
    public string CopyFixture(string fixture)
    {
        string target = NewDirectory(fixture);
        CopyDirectory(TestPaths.Fixture(fixture), target);
        WriteNuGetConfig(target);
        return target;
    }

    /// <summary>
    /// The packed folder beside the repository's public feed, nothing inherited. Corpus.*
    /// comes from the packed folder only (package source mapping), so a restore never asks
    /// the public feed for it.
    /// </summary>
    public void WriteNuGetConfig(string directory)
    {
        var config = new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("clear"),
                    new XElement("add", new XAttribute("key", "public"), new XAttribute("value", PublicSource)),
                    new XElement("add", new XAttribute("key", "corpus"), new XAttribute("value", Folder))),
                new XElement("packageSourceMapping",
                    new XElement("packageSource", new XAttribute("key", "public"), new XElement("package", new XAttribute("pattern", "*"))),
                    new XElement("packageSource", new XAttribute("key", "corpus"), new XElement("package", new XAttribute("pattern", "Corpus.*"))))));
        config.Save(Path.Combine(directory, "nuget.config"));
    }

    /// <summary>`dotnet` with the given arguments in a directory of this run.</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ChildProcess.Run(ChildProcess.Dotnet, arguments, workingDirectory, Environment(), TimeSpan.FromMinutes(5));

    /// <summary>`dotnet build` with the package version the fixture projects reference as <c>$(CorpusPackageVersion)</c>.</summary>
    public ProcessResult Build(string projectDirectory, params string[] extraArguments) =>
        Dotnet(projectDirectory, new[] { "build", "-nologo", "-p:CorpusPackageVersion=" + Version }.Concat(extraArguments).ToArray());

    private const string RootPrefix = "corpus-e2e-";
    private const string OwnerFile = "owner.pid";

    private static PackedPackages Pack()
    {
        DeleteAbandonedRuns();
        string root = Path.Combine(Path.GetTempPath(), RootPrefix + Guid.NewGuid().ToString("N")[..12]);
        string folder = Path.Combine(root, "packages");
        string cache = Path.Combine(root, "nuget-cache");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(cache);
        File.WriteAllText(Path.Combine(root, OwnerFile), System.Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);

        var packages = new PackedPackages(root, folder, cache, ReadPublicSource());
        var clock = Stopwatch.StartNew();
        bool first = true;
        foreach (string project in PackedProjects)
        {
            var arguments = PackArguments(project, folder).ToList();
            if (!first)
            {
                // Built by the first pack (its project references), with the same configuration.
                arguments.Add("--no-build");
            }

            first = false;
            // The repository's own NuGet cache: this run's cache is for the fresh projects only
            // (with it, the pack would restore the repository's projects into a folder that is
            // deleted after the run).
            ProcessResult result = ChildProcess.Run(ChildProcess.Dotnet, arguments, TestPaths.RepoRoot, new Dictionary<string, string>(), TimeSpan.FromMinutes(10));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("Packing failed:" + System.Environment.NewLine + result);
            }

            packages._packResults.Add(result);
        }

        packages.PackTime = clock.Elapsed;
        return packages;
    }

    /// <summary>The repository's nuget.config names the public feed; the tests use the same one.</summary>
    private static string ReadPublicSource()
    {
        XDocument config = XDocument.Load(TestPaths.InRepo("nuget.config"));
        return config.Descendants("add")
            .Select(add => (string?)add.Attribute("value"))
            .First(value => value is not null && value.StartsWith("https://", StringComparison.Ordinal))!;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (string directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }

    /// <summary>
    /// The test host may be ended without running exit handlers, so each run also removes the
    /// directories of earlier runs whose process is gone (never one still running).
    /// </summary>
    private static void DeleteAbandonedRuns()
    {
        foreach (string directory in Directory.GetDirectories(Path.GetTempPath(), RootPrefix + "*"))
        {
            string owner = Path.Combine(directory, OwnerFile);
            if (File.Exists(owner) &&
                int.TryParse(File.ReadAllText(owner), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pid) &&
                !IsRunning(pid))
            {
                TryDelete(directory);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
