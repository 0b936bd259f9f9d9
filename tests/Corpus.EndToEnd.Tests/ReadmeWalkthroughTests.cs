using Xunit;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// README.md's two copy-paste paths, executed as written: a fresh app that uses the corpus
/// package, and a fresh project that compiles a corpus of its own with the generator package.
/// </summary>
[Trait("Tier", "Full")]
public sealed class ReadmeWalkthroughTests
{
    private static readonly string Readme = TestPaths.InRepo("README.md");

    [Fact]
    public void README_packs_with_the_documented_command()
    {
        MarkdownBlock pack = Markdown.Section(Readme, "## Use the corpus in your app")[0];

        Assert.Equal("sh", pack.Info);
        Assert.Equal(Walkthrough.PackBlock, pack.Text);
    }

    [Fact]
    public void A_fresh_app_uses_the_corpus_package_as_README_says()
    {
        var walkthrough = new Walkthrough(PackedPackages.Instance, PackedPackages.Instance.NewDirectory("news-app"));

        walkthrough.Run(Markdown.Section(Readme, "## Use the corpus in your app"));

        // The first app, then the questions you can ask.
        Assert.Equal(2, walkthrough.Checked);
    }

    [Fact]
    public void A_fresh_project_builds_its_own_corpus_as_README_says()
    {
        var walkthrough = new Walkthrough(PackedPackages.Instance, PackedPackages.Instance.NewDirectory("own-corpus"));

        walkthrough.Run(Markdown.Section(Readme, "## Build your own corpus"));

        Assert.Equal(2, walkthrough.Checked);
    }
}
