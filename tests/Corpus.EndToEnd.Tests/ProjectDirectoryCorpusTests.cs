using System;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// <c>&lt;CorpusDirectory&gt;.&lt;/CorpusDirectory&gt;</c>: the project's own folder is the
/// corpus, and the build writes .txt files of its own under obj/ (the list of corpus files) and may
/// find others under bin/. The default items leave out build outputs, $(DefaultItemExcludes) and
/// hidden folders as the SDK's default Compile items do, so the project builds not only once but
/// every time after.
/// </summary>
[Trait("Tier", "Full")]
public sealed class ProjectDirectoryCorpusTests
{
    // Not a corpus file: a build output, a hidden folder's note. Each would be CG0100 (no title).
    private const string NotAnArticle = "Not an article.\n";

    [Fact]
    public void A_corpus_in_the_project_folder_builds_and_rebuilds_without_reading_bin_obj_or_hidden_folders()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("custom-layout");
        // texts/ holds the registry and one article; the drafts and corpus/ have errors: gone here.
        Directory.Delete(Path.Combine(project, "texts", "drafts"), recursive: true);
        Directory.Delete(Path.Combine(project, "corpus"), recursive: true);
        string file = Path.Combine(project, "CustomLayout.csproj");
        string xml = File.ReadAllText(file);
        Assert.Contains("<CorpusDirectory>texts</CorpusDirectory>", xml, StringComparison.Ordinal);
        File.WriteAllText(file, xml.Replace("<CorpusDirectory>texts</CorpusDirectory>", "<CorpusDirectory>.</CorpusDirectory>", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(project, "bin"));
        File.WriteAllText(Path.Combine(project, "bin", "stale.txt"), NotAnArticle);
        Directory.CreateDirectory(Path.Combine(project, ".notes"));
        File.WriteAllText(Path.Combine(project, ".notes", "todo.txt"), NotAnArticle);

        ProcessResult first = packages.Build(project);
        ProcessResult second = packages.Build(project);
        ProcessResult run = packages.Dotnet(project, "run", "--no-build", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(BuildOutput.Diagnostics(first));
        // The first build wrote obj/…/Corpus.Generator.CorpusFiles.txt: the second must not read it.
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(BuildOutput.Diagnostics(second));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("thanks: Thanks\nAda Park: 1\n", run.StandardOutput);
    }
}
