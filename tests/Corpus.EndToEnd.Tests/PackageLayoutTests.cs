using Xunit;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// What `dotnet pack` produces: the files of each package exactly as docs/packaging.md lists
/// them, the metadata set once in Directory.Build.props, the dependencies, XML docs for
/// IntelliSense and SourceLinked symbols.
/// </summary>
[Trait("Tier", "Full")]
public sealed class PackageLayoutTests
{
    private const string Repository = "https://github.com/corpus-generator/corpus-generator";
    private static readonly string[] Packages = { "Corpus.Generator", "Corpus.Model", "Corpus.News" };

    public static TheoryData<string> PackageFiles()
    {
        var data = new TheoryData<string>();
        foreach (string id in Packages)
        {
            data.Add(id + "." + PackedPackages.Version + ".nupkg");
            data.Add(id + "." + PackedPackages.Version + ".snupkg");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PackageFiles))]
    public void Each_package_holds_exactly_the_files_docs_packaging_md_lists(string fileName)
    {
        IReadOnlyList<MarkdownBlock> blocks = Markdown.Section(TestPaths.InRepo("docs/packaging.md"), "## What each package holds");
        MarkdownBlock documented = Assert.Single(blocks, b => b.Caption == "`" + fileName + "`:");

        Package package = Package.Open(Path.Combine(PackedPackages.Instance.Folder, fileName));

        Assert.Equal(documented.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries), package.Files);
    }

    [Theory]
    [InlineData("Corpus.Generator")]
    [InlineData("Corpus.Model")]
    [InlineData("Corpus.News")]
    public void Metadata_comes_from_one_place(string id)
    {
        Package package = Package.Open(PackedPackages.Instance.Package(id));

        Assert.Equal(id, package.Value("id"));
        Assert.Equal(PackedPackages.Version, package.Value("version"));
        Assert.Equal("Corpus.Generator contributors", package.Value("authors"));
        Assert.Equal("MIT", package.Value("license"));
        Assert.Equal("expression", (string?)package.Element("license")!.Attribute("type"));
        Assert.Equal("README.md", package.Value("readme"));
        Assert.Equal("icon.png", package.Value("icon"));
        Assert.Equal(Repository, package.Value("projectUrl"));
        Assert.Contains("source-generator", package.Value("tags")!.Split(' '));
        Assert.False(string.IsNullOrWhiteSpace(package.Value("description")));
        XElement repository = package.Element("repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(Repository, (string?)repository.Attribute("url"));
        Assert.Equal(HeadCommit.Value, (string?)repository.Attribute("commit"));
        // A README of the package's own (not the repository's) and the one icon of every package.
        Assert.Equal(File.ReadAllBytes(TestPaths.InRepo("src/" + id + "/README.md")), package.Read("README.md"));
        Assert.Equal(File.ReadAllBytes(TestPaths.InRepo("src/Package/icon.png")), package.Read("icon.png"));
    }

    /// <summary>
    /// A package page shows the README outside the repository: a relative link there leads
    /// nowhere, and a command of the repository (dotnet run --project src/…) fails in a user's project.
    /// </summary>
    [Theory]
    [InlineData("Corpus.Generator")]
    [InlineData("Corpus.Model")]
    [InlineData("Corpus.News")]
    [InlineData("Corpus.Cli")]
    public void Each_package_README_has_absolute_links_and_no_command_of_the_repository(string id)
    {
        string readme = File.ReadAllText(TestPaths.InRepo("src/" + id + "/README.md"));

        MatchCollection links = Regex.Matches(readme, @"\]\(([^)]*)\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        Assert.All(links, link => Assert.StartsWith("https://", link.Groups[1].Value, StringComparison.Ordinal));
        Assert.DoesNotContain("--project", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("src/", Regex.Replace(readme, @"https://\S+", string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), StringComparison.Ordinal);
    }

    /// <summary>The icon is the PNG that src/Package/make-icon.py writes: 128×128, as nuget.org shows it.</summary>
    [Fact]
    public void The_icon_is_a_128_pixel_PNG()
    {
        byte[] icon = File.ReadAllBytes(TestPaths.InRepo("src/Package/icon.png"));

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(icon, 12, 4));
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16)));
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20)));
    }

    /// <summary>
    /// NuGet reported a package packed from a nuspec (the generator's) as "missing a readme" because
    /// of its symbols package; packing says nothing of the kind, and warns of nothing.
    /// </summary>
    [Fact]
    public void Packing_reports_no_missing_readme_and_no_warning()
    {
        foreach (ProcessResult pack in PackedPackages.Instance.PackResults)
        {
            string output = pack.StandardOutput + pack.StandardError;
            Assert.DoesNotContain("missing a readme", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(": warning ", output, StringComparison.Ordinal);
        }

        Assert.Equal(3, PackedPackages.Instance.PackResults.Count);
    }

    [Fact]
    public void The_corpus_package_depends_on_Corpus_Model_only_and_passes_on_no_analyzer()
    {
        Package news = Package.Open(PackedPackages.Instance.Package("Corpus.News"));

        Assert.Equal(new[] { "net8.0: Corpus.Model " + PackedPackages.Version + " exclude=Build,Analyzers" }, news.Dependencies());
        Assert.DoesNotContain(news.Files, f => f.StartsWith("analyzers/", StringComparison.Ordinal) || f.StartsWith("build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generator_package_depends_on_exactly_the_Corpus_Model_it_was_packed_with()
    {
        Package generator = Package.Open(PackedPackages.Instance.Package("Corpus.Generator"));

        Assert.Equal(new[] { "net8.0: Corpus.Model [" + PackedPackages.Version + "]" }, generator.Dependencies());
        // Not a development dependency (NuGet writes nothing for the default), or the generated
        // code's Corpus.Model would not reach the consumer's compilation.
        Assert.Null(generator.Value("developmentDependency"));
    }

    [Fact]
    public void The_runtime_package_has_no_dependency()
    {
        Package model = Package.Open(PackedPackages.Instance.Package("Corpus.Model"));

        Assert.Equal(new[] { "net8.0:" }, model.Dependencies());
    }

    [Fact]
    public void The_generator_package_glue_is_the_repository_glue()
    {
        Package generator = Package.Open(PackedPackages.Instance.Package("Corpus.Generator"));

        foreach (string file in new[] { "Corpus.Generator.props", "Corpus.Generator.targets" })
        {
            Assert.Equal(File.ReadAllBytes(TestPaths.InRepo("src/Corpus.Generator/build/" + file)), generator.Read("build/" + file));
        }

        // No buildTransitive/: an app that references a corpus library must not compile corpus files of its own.
        Assert.DoesNotContain(generator.Files, e => e.StartsWith("buildTransitive/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_corpus_XML_docs_show_the_corpus_in_IntelliSense()
    {
        Package news = Package.Open(PackedPackages.Instance.Package("Corpus.News"));
        XDocument docs = XDocument.Parse(Encoding.UTF8.GetString(news.Read("lib/net8.0/Corpus.News.xml")));

        Assert.Equal(
            "Xi Jinping (person): President of China and China’s top leader; at a summit of emerging market countries in Russia he called on countries not to add “oil to the fire.”",
            Summary(docs, "P:Corpus.News.Entities.XiJinping"));
    }

    [Fact]
    public void The_runtime_XML_docs_describe_the_types()
    {
        Package model = Package.Open(PackedPackages.Instance.Package("Corpus.Model"));
        XDocument docs = XDocument.Parse(Encoding.UTF8.GetString(model.Read("lib/net8.0/Corpus.Model.xml")));

        foreach (string type in new[] { "Article", "Quote", "Mention", "Entity", "Person", "Paragraph" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Summary(docs, "T:Corpus.Model." + type)), type);
        }
    }

    public static TheoryData<string, string> SymbolFiles() => new()
    {
        { "Corpus.Generator", "analyzers/dotnet/cs/Corpus.Generator.pdb" },
        { "Corpus.Generator", "analyzers/dotnet/cs/Corpus.Syntax.pdb" },
        { "Corpus.Generator", "analyzers/dotnet/cs/Corpus.Storage.pdb" },
        { "Corpus.Generator", "tasks/netstandard2.0/Corpus.Build.pdb" },
        { "Corpus.Model", "lib/net8.0/Corpus.Model.pdb" },
        { "Corpus.News", "lib/net8.0/Corpus.News.pdb" },
    };

    [Theory]
    [MemberData(nameof(SymbolFiles))]
    public void Symbols_link_the_sources_to_the_repository_at_the_packed_commit(string id, string pdb)
    {
        Package symbols = Package.Open(PackedPackages.Instance.SymbolPackage(id));

        string? json = SourceLink.Json(symbols.Read(pdb));

        Assert.NotNull(json);
        using JsonDocument map = JsonDocument.Parse(json);
        JsonProperty document = Assert.Single(map.RootElement.GetProperty("documents").EnumerateObject());
        // Every pack maps the repository to /_/ (ContinuousIntegrationBuild in Release): no local path.
        Assert.Equal("/_/*", document.Name);
        Assert.Equal("https://raw.githubusercontent.com/corpus-generator/corpus-generator/" + HeadCommit.Value + "/*", document.Value.GetString());
    }

    /// <summary>
    /// Visual Studio runs MSBuild and the compiler on .NET Framework, <c>dotnet build</c> on .NET:
    /// the build step and the generator load in both only as .NET Standard 2.0 assemblies that
    /// reference nothing the host does not provide (MSBuild's own assemblies for the task, Roslyn's
    /// for the analyzer) besides each other. A reference to, say, System.Memory would load under
    /// <c>dotnet build</c> and fail in Visual Studio, which this machine cannot run.
    /// </summary>
    [Theory]
    [InlineData("tasks/netstandard2.0/", "Corpus.Build", "netstandard,Corpus.Syntax,Corpus.Storage,Microsoft.Build.Framework,Microsoft.Build.Utilities.Core")]
    [InlineData("tasks/netstandard2.0/", "Corpus.Syntax", "netstandard")]
    [InlineData("tasks/netstandard2.0/", "Corpus.Storage", "netstandard,Corpus.Syntax")]
    [InlineData("analyzers/dotnet/cs/", "Corpus.Generator", "netstandard,Corpus.Syntax,Corpus.Storage,Microsoft.CodeAnalysis,Microsoft.CodeAnalysis.CSharp,System.Collections.Immutable")]
    [InlineData("analyzers/dotnet/cs/", "Corpus.Syntax", "netstandard")]
    [InlineData("analyzers/dotnet/cs/", "Corpus.Storage", "netstandard,Corpus.Syntax")]
    public void The_build_step_and_the_generator_are_netstandard20_and_reference_only_what_their_hosts_provide(string folder, string assembly, string allowed)
    {
        Package package = Package.Open(PackedPackages.Instance.Package("Corpus.Generator"));
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(package.Read(folder + assembly + ".dll")));
        System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);

        string[] references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).Order(StringComparer.Ordinal).ToArray();
        Assert.Empty(references.Except(allowed.Split(','), StringComparer.Ordinal));
        Assert.Contains("netstandard", references);
        string framework = metadata.CustomAttributes
            .Select(metadata.GetCustomAttribute)
            .Where(a => a.Constructor.Kind == System.Reflection.Metadata.HandleKind.MemberReference &&
                        metadata.GetString(metadata.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)metadata.GetMemberReference((System.Reflection.Metadata.MemberReferenceHandle)a.Constructor).Parent).Name) == "TargetFrameworkAttribute")
            .Select(a => Encoding.UTF8.GetString(metadata.GetBlobBytes(a.Value)))
            .Single();
        Assert.Contains(".NETStandard,Version=v2.0", framework, StringComparison.Ordinal);
    }

    private static string Summary(XDocument docs, string member) =>
        Regex.Replace(
            docs.Descendants("member").Single(m => (string?)m.Attribute("name") == member).Element("summary")!.Value.Trim(),
            @"\s+",
            " ",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

    private static readonly Lazy<string> HeadCommit = new(() =>
    {
        ProcessResult git = ChildProcess.Run("git", new[] { "rev-parse", "HEAD" }, TestPaths.RepoRoot, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
        Assert.True(git.ExitCode == 0, git.ToString());
        return git.StandardOutput.Trim();
    });
}
