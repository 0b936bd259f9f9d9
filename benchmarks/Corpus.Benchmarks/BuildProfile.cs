using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Corpus.Benchmarks.Workspace;

namespace Corpus.Benchmarks;

/// <summary>
/// Where a build of the 10k corpus library spends its time (a profile, not a benchmark: one
/// build each): the generated sources are dumped, then compiled by a plain project without the
/// generator, whole, with their data literals emptied, and also without the typed
/// <c>Articles.X</c> properties; the copy-the-text build is timed beside them.
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- build-profile</c>.
/// </summary>
internal static class BuildProfile
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMinutes(1);

    public static void Run()
    {
        BenchWorkspace workspace = BenchWorkspace.Prepare(10_000);
        string dump = Path.Combine(workspace.Root, "profile", "generated");
        string plain = Path.Combine(workspace.Root, "profile", "Plain");
        if (Directory.Exists(Path.Combine(workspace.Root, "profile")))
        {
            Directory.Delete(Path.Combine(workspace.Root, "profile"), recursive: true);
        }

        Console.WriteLine("| what csc compiles | build |");
        Console.WriteLine("|---|---:|");
        Row("the copy-the-text generator's build (generator included)", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.CopyProject)));
        Row("Corpus.Generator's build (generator included)", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(workspace.LibraryProject)
            + " -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=\"" + dump + "\""));

        string sources = Path.Combine(plain, "src");
        Directory.CreateDirectory(sources);
        foreach (string file in Directory.GetFiles(dump, "*.g.cs", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(plain, "Plain.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="src/*.cs" />
                <Reference Include="{Path.Combine(AppContext.BaseDirectory, "Corpus.Model.dll")}" />
              </ItemGroup>
            </Project>
            """);
        string project = Path.Combine(plain, "Plain.csproj");
        BenchWorkspace.Dotnet("restore \"" + project + "\"");
        Row("everything Corpus.Generator emits, no generator", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(project)));

        // The texts and records: every chunk's literal emptied (the code around them compiles unchanged).
        Rewrite(sources, "ArticleGroup*.g.cs", @"(?<head>Chunk[0-9]+ => "")(?:[^""\\]|\\.)*(?<tail>""u8;)", "${head}${tail}");
        Row("the same, data literals emptied", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(project)));

        // The typed accessors: one property (and its doc comment) per article.
        Rewrite(sources, "Articles.g.cs", @" *///[^\n]*\n *public static global::[^\n]*\.ArticleTypes\.[^\n]*\n\n", string.Empty);
        Row("the same, and without the typed Articles.X properties", () => BenchWorkspace.Dotnet(BenchWorkspace.BuildArguments(project)));
    }

    private static void Row(string what, Action build)
    {
        var clock = Stopwatch.StartNew();
        build();
        Console.WriteLine("| " + what + " | " + clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s |");
    }

    private static void Rewrite(string directory, string pattern, string regex, string replacement)
    {
        foreach (string file in Directory.GetFiles(directory, pattern))
        {
            File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), regex, replacement, RegexOptions.CultureInvariant, RegexTimeout));
        }
    }
}
