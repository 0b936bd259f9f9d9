using System;
using System.IO;
using System.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// An app that references a corpus library gets Corpus.Model and nothing else
/// (Fixtures/library-and-app): the generator and its build step stay with the library, so the
/// app's own <c>corpus/*.txt</c> files are not compiled, and the library's data works from the app.
/// </summary>
[Trait("Tier", "Full")]
public sealed class LibraryConsumerTests
{
    [Fact]
    public void An_app_referencing_a_corpus_library_gets_the_corpus_and_no_generator()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");

        ProcessResult run = packages.Dotnet(Path.Combine(root, "App"), "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Ada Park: It took ten years,\napp resources: 0\napp types: \n", run.StandardOutput);
        string assets = File.ReadAllText(Path.Combine(root, "App", "obj", "project.assets.json"));
        Assert.Contains("\"Corpus.Model/" + PackedPackages.Version + "\"", assets, StringComparison.Ordinal);
    }

    /// <summary>
    /// A library that lets the package's build files and analyzer flow on to its users
    /// (<c>PrivateAssets="none"</c>; NuGet then imports them into the app too) still gives the app
    /// no corpus: the default corpus items are only for a project that references the package
    /// itself, so the app's own <c>corpus/sample1.txt</c> (no title: CG0100 if compiled) stays its own.
    /// </summary>
    [Fact]
    public void An_app_that_gets_the_generator_through_the_library_compiles_no_corpus_of_its_own()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string library = Path.Combine(root, "Library", "Library.csproj");
        const string reference = "<PackageReference Include=\"Corpus.Generator\" Version=\"$(CorpusPackageVersion)\" />";
        string xml = File.ReadAllText(library);
        Assert.Contains(reference, xml, StringComparison.Ordinal);
        File.WriteAllText(library, xml.Replace(reference, reference.Replace(" />", " PrivateAssets=\"none\" />", StringComparison.Ordinal), StringComparison.Ordinal));

        ProcessResult run = packages.Dotnet(Path.Combine(root, "App"), "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Ada Park: It took ten years,\napp resources: 0\napp types: \n", run.StandardOutput);
        Assert.Empty(BuildOutput.Diagnostics(run));
        Assert.Contains("corpus.generator", File.ReadAllText(Path.Combine(root, "App", "obj", "App.csproj.nuget.g.targets")), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A corpus file whose name holds what an .editorconfig value or MSBuild would read otherwise
    /// (<c>#</c> and <c>;</c> start a comment for older compilers, <c>%</c> is MSBuild's escape,
    /// spaces are trimmed) reaches the generator through the list of corpus files: the app reads
    /// its quotation (a file the generator missed would leave the data and the code apart).
    /// </summary>
    [Fact]
    public void A_corpus_file_named_with_comment_and_escape_characters_is_compiled()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string articles = Path.Combine(root, "Library", "corpus", "articles");
        string text = File.ReadAllText(Path.Combine(articles, "new-bridge.txt"));
        File.Delete(Path.Combine(articles, "new-bridge.txt"));
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(articles, "new bridge #1; 100%.txt"), "---\nid: new-bridge\n" + text.Substring(4));

        ProcessResult run = packages.Dotnet(Path.Combine(root, "App"), "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Ada Park: It took ten years,\napp resources: 0\napp types: \n", run.StandardOutput);
    }

    /// <summary>
    /// The build step is incremental by its inputs; deleting an article leaves every remaining
    /// input older than the data, so the list of files is an input too: the next build's data
    /// must not keep the deleted article (its code would not match it either).
    /// </summary>
    [Fact]
    public void Adding_then_deleting_an_article_is_seen_by_the_next_build()
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string second = Path.Combine(root, "Library", "corpus", "articles", "second.txt");
        File.WriteAllText(second, "---\ntitle: Second\n---\n“Yes,”{@ada-park} [Ms. Park]{@ada-park} said.\n");
        string app = Path.Combine(root, "App");

        ProcessResult before = packages.Dotnet(app, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);
        File.Delete(second);
        ProcessResult after = packages.Dotnet(app, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.StartsWith("Ada Park: It took ten years,\nAda Park: Yes,\n", before.StandardOutput, StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.StartsWith("Ada Park: It took ten years,\napp resources: 0\n", after.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<TargetFramework>netstandard2.0</TargetFramework>", "netstandard2.0")]
    [InlineData("<TargetFrameworks>net6.0;net8.0</TargetFrameworks>", "net6.0")]
    public void A_library_for_a_framework_older_than_net8_is_one_CGSDK02_error(string frameworks, string older)
    {
        PackedPackages packages = PackedPackages.Instance;
        string root = packages.CopyFixture("library-and-app");
        string project = Path.Combine(root, "Library", "Library.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<TargetFramework>net8.0</TargetFramework>", frameworks, StringComparison.Ordinal));

        ProcessResult build = packages.Build(Path.Combine(root, "Library"));

        Assert.True(build.ExitCode != 0, build.ToString());
        // net6.0 also draws the SDK's NETSDK1138 warning (out of support): only errors count here.
        string error = Assert.Single(BuildOutput.Diagnostics(build).Where(d => d.Contains(": error ", StringComparison.Ordinal)).Distinct());
        Assert.Contains(": error CGSDK02: Corpus.Generator compiles a corpus into a library for net8.0 or later (its runtime library, Corpus.Model, targets net8.0); this project targets " + older + ".", error, StringComparison.Ordinal);
    }
}
