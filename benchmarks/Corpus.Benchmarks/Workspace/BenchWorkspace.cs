using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Corpus.Benchmarks.Peer;
using Corpus.Syntax;
using Corpus.Synthetic;

namespace Corpus.Benchmarks.Workspace;

/// <summary>
/// A synthetic corpus on disk with MSBuild projects around it, under the temp directory.
/// BenchmarkDotNet runs every benchmark case in a process of its own, each with its own
/// global setup, so the workspace is built once and reused: its directory is named by a
/// hash of the corpus size and of the generator, parser and model binaries, so a changed
/// generator never meets a stale build.
/// </summary>
internal sealed class BenchWorkspace
{
    public const string Namespace = "Bench";
    public const string LibraryName = "BenchCorpus";

    private BenchWorkspace(int articles)
    {
        Articles = articles;
        Root = Path.Combine(Path.GetTempPath(), "corpus-bench-" + articles.ToString(CultureInfo.InvariantCulture) + "-" + BinariesHash());
        CorpusDirectory = Path.Combine(Root, "corpus");
    }

    public int Articles { get; }

    public string Root { get; }

    public string CorpusDirectory { get; }

    public string JsonlDirectory => Path.Combine(Root, "jsonl");

    /// <summary>The corpus library built by Corpus.Generator (Release).</summary>
    public string LibraryPath => Path.Combine(Root, LibraryName, "bin", "Release", "net10.0", LibraryName + ".dll");

    public string AppPath => Path.Combine(Root, "App", "bin", "Release", "net10.0", "App.dll");

    /// <summary>The project that compiles the corpus with Corpus.Generator.</summary>
    public string LibraryProject => Path.Combine(Root, LibraryName, LibraryName + ".csproj");

    /// <summary>The project that compiles the same files with the copy-the-text baseline generator.</summary>
    public string CopyProject => Path.Combine(Root, "CopyCorpus", "CopyCorpus.csproj");

    /// <summary>
    /// The baseline of the build suite: the same corpus files as plain <c>EmbeddedResource</c>
    /// items of a library with no generator, what a user would otherwise do.
    /// </summary>
    public string ResourceProject => Path.Combine(Root, "ResourceCorpus", "ResourceCorpus.csproj");

    /// <summary>An article the one-edit builds change (the corpus's first).</summary>
    public string EditedArticle => Path.Combine(CorpusDirectory, "articles", SyntheticCorpus.ArticleId(0) + ".txt");

    /// <summary>The class name of the last article, the one the fresh-process app reads.</summary>
    public string LastArticleClass => "Article" + (Articles - 1).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The corpus, its JSON Lines export and both projects, restored but not built.</summary>
    public static BenchWorkspace Prepare(int articles)
    {
        var workspace = new BenchWorkspace(articles);
        workspace.Once("corpus", () =>
        {
            SyntheticCorpus.Write(workspace.CorpusDirectory, articles);
            List<CorpusSourceFile> files = SyntheticCorpus.Create(articles);
            Directory.CreateDirectory(workspace.JsonlDirectory);
            JsonlWriter.Write(CorpusCompilation.Create(files), workspace.JsonlDirectory);
        });
        workspace.Once("projects", () =>
        {
            string bin = AppContext.BaseDirectory;
            workspace.WriteLibraryProject();
            workspace.WriteProject(workspace.CopyProject, new[] { Path.Combine(bin, "Corpus.Baseline.Generator.dll") }, string.Empty);
            workspace.WriteResourceProject();
            Dotnet("restore " + Quote(workspace.ResourceProject));
            Dotnet("restore " + Quote(workspace.LibraryProject));
            Dotnet("restore " + Quote(workspace.CopyProject));
        });
        return workspace;
    }

    /// <summary>
    /// The command line of one measured build: a full rebuild, restored beforehand, with a
    /// compiler process of its own (a shared compiler server would queue it behind whatever
    /// else the machine compiles, and keep state between the two builds compared).
    /// </summary>
    public static string BuildArguments(string project) => "build " + Quote(project) + " -c Release --no-restore --no-incremental -nologo -v:q -p:UseSharedCompilation=false";

    /// <summary>
    /// The command line of a build after an edit, as a user types it: incremental, with the
    /// compiler server off (this machine's default) or on.
    /// </summary>
    public static string IncrementalBuildArguments(string project, bool compilerServer) =>
        "build " + Quote(project) + " -c Release --no-restore -nologo -v:q -p:UseSharedCompilation=" + (compilerServer ? "true" : "false");

    /// <summary>Changes one article's body (a word, alternately one or the other), as an author's edit.</summary>
    public void EditOneArticle()
    {
        string text = File.ReadAllText(EditedArticle);
        string edited = text.Contains(" said ", StringComparison.Ordinal)
            ? ReplaceFirst(text, " said ", " told reporters ")
            : ReplaceFirst(text, " told reporters ", " said ");
        File.WriteAllText(EditedArticle, edited);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text + "\n" : text.Substring(0, at) + replace + text.Substring(at + find.Length);
    }

    /// <summary>Builds the Corpus.Generator library once.</summary>
    public void BuildLibrary() => Once("library", () => Dotnet(BuildArguments(LibraryProject)));

    /// <summary>Records that a measured build (the same command as <see cref="BuildLibrary"/>) left the library built.</summary>
    public void LibraryWasBuilt()
    {
        if (File.Exists(LibraryPath))
        {
            Once("library", () => { });
        }
    }

    /// <summary>Builds the fresh-process app (it references the library) once.</summary>
    public void BuildApp()
    {
        BuildLibrary();
        Once("app", () =>
        {
            string dir = Path.Combine(Root, "App");
            Directory.CreateDirectory(dir);
            string bin = AppContext.BaseDirectory;
            File.WriteAllText(Path.Combine(dir, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <Compile Include="{Path.Combine(bin, "Peer", "JsonlCorpus.cs")}" />
                    <Reference Include="{LibraryPath}" />
                    <Reference Include="{Path.Combine(bin, "Corpus.Model.dll")}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), File.ReadAllText(Path.Combine(bin, "FreshProcess", "Program.cs.txt")).Replace("LAST_ARTICLE", LastArticleClass, StringComparison.Ordinal));
            Dotnet("restore " + Quote(Path.Combine(dir, "App.csproj")));
            Dotnet("build " + Quote(Path.Combine(dir, "App.csproj")) + " -c Release --no-restore -nologo -v:q");
        });
    }

    /// <summary>Runs dotnet with these arguments and waits; throws with its output when it fails.</summary>
    public static string Dotnet(string arguments)
    {
        ProcessStartInfo start = StartInfo("dotnet", arguments);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet " + arguments + " exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + ":\n" + output);
        }

        return output.ToString();
    }

    /// <summary>A child process with its output redirected, and without the MSBuild pointers that a parent `dotnet run` leaves in the environment (they would steer the child build).</summary>
    public static ProcessStartInfo StartInfo(string fileName, string arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        return start;
    }

    private static string Quote(string path) => "\"" + path + "\"";

    private static string BinariesHash()
    {
        using var sha = SHA256.Create();
        foreach (string name in new[] { "Corpus.Generator.dll", "Corpus.Syntax.dll", "Corpus.Storage.dll", "Corpus.Build.dll", "Corpus.Model.dll", "Corpus.Baseline.Generator.dll", "Corpus.Synthetic.dll", "build/Corpus.Generator.props", "build/Corpus.Generator.targets" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, name));
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return Convert.ToHexString(sha.Hash!).Substring(0, 12).ToLowerInvariant();
    }

    /// <summary>Runs a step unless an earlier process finished it (its marker file exists).</summary>
    private void Once(string step, Action action)
    {
        string marker = Path.Combine(Root, "." + step + ".done");
        if (File.Exists(marker))
        {
            return;
        }

        Directory.CreateDirectory(Root);
        action();
        File.WriteAllText(marker, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The corpus library as a user builds it: the package's props and targets (so its build step
    /// writes the data resource, in process, as from the package) and the generator as an analyzer.
    /// </summary>
    private void WriteLibraryProject()
    {
        string bin = AppContext.BaseDirectory;
        Directory.CreateDirectory(Path.GetDirectoryName(LibraryProject)!);
        File.WriteAllText(LibraryProject, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by Corpus.Benchmarks: the corpus in ../corpus compiled into one library. -->
              <Import Project="{Path.Combine(bin, "build", "Corpus.Generator.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <CorpusNamespace>{Namespace}</CorpusNamespace>
                <CorpusDirectory>../corpus</CorpusDirectory>
                <CorpusBuildTaskAssembly>{Path.Combine(bin, "Corpus.Build.dll")}</CorpusBuildTaskAssembly>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{Path.Combine(bin, "Corpus.Generator.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "Corpus.Syntax.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "Corpus.Storage.dll")}" />
                <Reference Include="{Path.Combine(bin, "Corpus.Model.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(bin, "build", "Corpus.Generator.targets")}" />
            </Project>
            """);
    }

    private void WriteResourceProject()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ResourceProject)!);
        File.WriteAllText(ResourceProject, """
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by Corpus.Benchmarks: the same corpus files, embedded as they are; no generator. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <EmbeddedResource Include="../corpus/**/*.txt" />
              </ItemGroup>
            </Project>
            """);
    }

    private void WriteProject(string path, string[] analyzers, string extraItems)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string analyzerItems = string.Join("\n    ", analyzers.Select(a => "<Analyzer Include=\"" + a + "\" />"));
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by Corpus.Benchmarks: the corpus in ../corpus compiled into one library. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <CorpusNamespace>{Namespace}</CorpusNamespace>
                <AssemblyName>{Path.GetFileNameWithoutExtension(path)}</AssemblyName>
              </PropertyGroup>
              <ItemGroup>
                {extraItems}
                <AdditionalFiles Include="../corpus/**/*.txt" CorpusFile="true" />
                {analyzerItems}
                <Reference Include="{Path.Combine(AppContext.BaseDirectory, "Corpus.Model.dll")}" />
              </ItemGroup>
            </Project>
            """);
    }
}
