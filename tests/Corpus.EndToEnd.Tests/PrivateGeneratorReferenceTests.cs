using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// A corpus library that references Corpus.Generator with <c>PrivateAssets="all"</c> keeps
/// Corpus.Model from everything that uses it, which then fails with CS0012. The package cannot add
/// the dependency itself (NuGet restores and packs without any package's build files), so the
/// library's build says exactly what to write (CGPKG01); written so, an app gets Corpus.Model and
/// nothing else, by a ProjectReference to the library and by its packed package alike.
/// </summary>
[Trait("Tier", "Full")]
public sealed class PrivateGeneratorReferenceTests
{
    private const string GeneratorReference = "<PackageReference Include=\"Corpus.Generator\" Version=\"$(CorpusPackageVersion)\" />";
    private const string PrivateGeneratorReference = "<PackageReference Include=\"Corpus.Generator\" Version=\"$(CorpusPackageVersion)\" PrivateAssets=\"all\" />";
    private const string AppOutput = "Ada Park: It took ten years,\napp resources: 0\napp types: \n";

    [Fact]
    public void A_private_generator_reference_is_one_CGPKG01_warning_in_the_library_saying_what_to_write()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string library = Path.Combine(root, "Library");
        MakeGeneratorPrivate(library);

        ProcessResult build = packages.Build(library);

        Assert.True(build.ExitCode == 0, build.ToString());
        // At the project file itself, so MSBuild appends no " [project]".
        string project = Path.Combine(library, "Library.csproj");
        Assert.Equal(
            project + " : warning CGPKG01: Corpus.Generator is referenced with PrivateAssets=\"all\", which keeps its dependency Corpus.Model from the projects and packages that reference this one: they would fail to compile with CS0012. " +
            "Add <PackageReference Include=\"Corpus.Model\" Version=\"" + PackedPackages.Version + "\" /> to this project.",
            Assert.Single(BuildOutput.Diagnostics(build)));
    }

    /// <summary>The library written as CGPKG01 says, used through a ProjectReference.</summary>
    [Fact]
    public void Written_as_CGPKG01_says_an_app_referencing_the_library_project_gets_Corpus_Model_and_nothing_else()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string library = Path.Combine(root, "Library");
        MakeGeneratorPrivate(library);
        FollowCGPKG01(packages, library);
        string app = Path.Combine(root, "App");

        ProcessResult run = packages.Dotnet(app, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(AppOutput, run.StandardOutput);
        AssertCorpusModelOnly(app);
    }

    /// <summary>The library written as CGPKG01 says, packed, and used as a package.</summary>
    [Fact]
    public void Written_as_CGPKG01_says_an_app_referencing_the_packed_library_gets_Corpus_Model_and_nothing_else()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string library = Path.Combine(root, "Library");
        MakeGeneratorPrivate(library);
        FollowCGPKG01(packages, library);
        // A package id the test run's nuget.config takes from the packed folder (Corpus.*).
        const string id = "Corpus.Riverton.PrivateGenerator";
        ProcessResult pack = packages.Dotnet(library, "pack", "-c", "Release", "-o", packages.Folder, "-p:PackageId=" + id, "-p:CorpusPackageVersion=" + PackedPackages.Version);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Equal(
            new[] { "net8.0: Corpus.Model " + PackedPackages.Version + " exclude=Build,Analyzers" },
            Package.Open(Path.Combine(packages.Folder, id + ".1.0.0.nupkg")).Dependencies());
        string app = Path.Combine(root, "App");
        string appProject = Path.Combine(app, "App.csproj");
        File.WriteAllText(appProject, File.ReadAllText(appProject).Replace(
            "<ProjectReference Include=\"../Library/Library.csproj\" />",
            "<PackageReference Include=\"" + id + "\" Version=\"1.0.0\" />",
            StringComparison.Ordinal));
        Directory.Delete(library, recursive: true);

        ProcessResult run = packages.Dotnet(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(AppOutput, run.StandardOutput);
        AssertCorpusModelOnly(app);
    }

    private static void MakeGeneratorPrivate(string library)
    {
        string project = Path.Combine(library, "Library.csproj");
        string xml = File.ReadAllText(project);
        Assert.Contains(GeneratorReference, xml, StringComparison.Ordinal);
        File.WriteAllText(project, xml.Replace(GeneratorReference, PrivateGeneratorReference, StringComparison.Ordinal));
    }

    /// <summary>Builds the library, takes the element CGPKG01 says to add, adds it, and checks the warning is gone.</summary>
    private static void FollowCGPKG01(PackedPackages packages, string library)
    {
        ProcessResult before = packages.Build(library);
        string warning = Assert.Single(BuildOutput.Diagnostics(before));
        Match element = Regex.Match(warning, "Add (<PackageReference [^>]+/>) to this project\\.", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        Assert.True(element.Success, warning);
        string project = Path.Combine(library, "Library.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            PrivateGeneratorReference,
            PrivateGeneratorReference + "\n    " + element.Groups[1].Value,
            StringComparison.Ordinal));

        ProcessResult after = packages.Build(library);

        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Empty(BuildOutput.Diagnostics(after));
    }

    /// <summary>The app's restore holds Corpus.Model and no trace of the generator (no analyzer, no build files).</summary>
    private static void AssertCorpusModelOnly(string app)
    {
        string assets = File.ReadAllText(Path.Combine(app, "obj", "project.assets.json"));
        Assert.Contains("\"Corpus.Model/" + PackedPackages.Version + "\"", assets, StringComparison.Ordinal);
        Assert.DoesNotContain("Corpus.Generator", assets, StringComparison.OrdinalIgnoreCase);
    }
}
