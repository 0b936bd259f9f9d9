using System;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The package's default corpus items are added before the project body, as the SDK adds its
/// default Compile items, so the project body can take a file out with <c>Remove</c> or change its
/// metadata with <c>Update</c> (Fixtures/custom-layout: the drafts hold an error, so the build
/// succeeds only if they are out of the corpus). CorpusSettingsTests keeps the project's own
/// <c>Include</c> with <c>CorpusFile="false"</c> working.
/// </summary>
[Trait("Tier", "Full")]
public sealed class DefaultCorpusItemsTests
{
    private const string DraftsLeftOut = "<AdditionalFiles Include=\"texts/drafts/**/*.txt\" CorpusFile=\"false\" />";

    [Theory]
    [InlineData("<AdditionalFiles Remove=\"texts/drafts/unfinished.txt\" />")]
    [InlineData("<AdditionalFiles Remove=\"texts/drafts/**\" />")]
    [InlineData("<AdditionalFiles Update=\"texts/drafts/**/*.txt\" CorpusFile=\"false\" />")]
    public void The_project_body_can_remove_or_update_a_default_corpus_item(string item)
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("custom-layout");
        string file = Path.Combine(project, "CustomLayout.csproj");
        string xml = File.ReadAllText(file);
        Assert.Contains(DraftsLeftOut, xml, StringComparison.Ordinal);
        File.WriteAllText(file, xml.Replace(DraftsLeftOut, item, StringComparison.Ordinal));

        ProcessResult run = packages.Dotnet(project, "run", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("thanks: Thanks\nAda Park: 1\n", run.StandardOutput);
    }
}
