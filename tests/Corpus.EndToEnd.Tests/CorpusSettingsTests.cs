using Xunit;
using System;
using System.IO;
using System.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The package's MSBuild settings in a real project (Fixtures/custom-layout): the corpus is in
/// <c>texts/</c> (CorpusDirectory), generated into <c>Acme.Stories</c> (CorpusNamespace), and
/// the drafts the project lists itself with <c>CorpusFile="false"</c> are left out. Both the
/// drafts and the default <c>corpus/</c> folder hold errors, so the build succeeds only if
/// neither is read.
/// </summary>
[Trait("Tier", "Full")]
public sealed class CorpusSettingsTests
{
    private const string DraftsLeftOut = "<AdditionalFiles Include=\"texts/drafts/**/*.txt\" CorpusFile=\"false\" />";

    [Fact]
    public void CorpusDirectory_CorpusNamespace_and_the_projects_own_items_are_respected()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("custom-layout");

        ProcessResult run = packages.Dotnet(project, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("thanks: Thanks\nAda Park: 1\n", run.StandardOutput);

        // The compiler is told the corpus files by one property in the SDK's generated
        // .editorconfig (the drafts, CorpusFile="false", not among them), never by a section per
        // file: it matches every file against every section, about 2 s of each build at 10,000 articles.
        string[] config = File.ReadAllLines(Path.Combine(project, "obj", "Debug", "net10.0", "CustomLayout.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.DoesNotContain(config, line => line.StartsWith('['));
        string list = Assert.Single(config, line => line.StartsWith("build_property._CorpusFileList = ", StringComparison.Ordinal));
        Assert.Equal(
            new[] { Path.Combine(project, "texts", "entities.txt"), Path.Combine(project, "texts", "published", "thanks.txt") },
            list.Substring(list.IndexOf('=', StringComparison.Ordinal) + 2).Split('|').Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal));
    }

    /// <summary>Without the default items, only the files the project lists are the corpus: not the drafts.</summary>
    [Fact]
    public void EnableDefaultCorpusItems_false_leaves_the_corpus_to_the_project()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("custom-layout");
        string file = Path.Combine(project, "CustomLayout.csproj");
        string xml = File.ReadAllText(file);
        Assert.Contains(DraftsLeftOut, xml, StringComparison.Ordinal);
        File.WriteAllText(file, xml
            .Replace(DraftsLeftOut, "<AdditionalFiles Include=\"texts/entities.txt;texts/published/*.txt\" CorpusFile=\"true\" />", StringComparison.Ordinal)
            .Replace("</CorpusNamespace>", "</CorpusNamespace>\n    <EnableDefaultCorpusItems>false</EnableDefaultCorpusItems>", StringComparison.Ordinal));

        ProcessResult run = packages.Dotnet(project, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("thanks: Thanks\nAda Park: 1\n", run.StandardOutput);
    }
}
