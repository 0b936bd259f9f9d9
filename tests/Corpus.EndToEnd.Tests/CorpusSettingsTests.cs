using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The package's MSBuild settings in a real project (Fixtures/custom-layout): the corpus is in
/// <c>texts/</c> (CorpusDirectory), generated into <c>Acme.Stories</c> (CorpusNamespace), and
/// the drafts the project lists itself with <c>CorpusFile="false"</c> are left out. Both the
/// drafts and the default <c>corpus/</c> folder hold errors, so the build succeeds only if
/// neither is read.
/// </summary>
public sealed class CorpusSettingsTests
{
    [Fact]
    public void CorpusDirectory_CorpusNamespace_and_the_projects_own_items_are_respected()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("custom-layout");

        ProcessResult run = packages.Dotnet(project, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("thanks: Thanks\nAda Park: 1\n", run.StandardOutput);
    }
}
