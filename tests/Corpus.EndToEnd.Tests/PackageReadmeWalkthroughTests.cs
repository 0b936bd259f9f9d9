using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The generator package's own README (what its package page shows) run as written, block by
/// block, in a fresh directory outside the repository: its commands must work in a project of a
/// user's own, not only in a clone. The directory's nuget.config stands for nuget.org, serving the
/// packages of this run.
/// </summary>
[Trait("Tier", "Full")]
public sealed class PackageReadmeWalkthroughTests
{
    [Fact]
    public void The_generator_package_README_works_in_a_fresh_project_as_written()
    {
        PackedPackages packages = PackedPackages.Instance;
        string directory = packages.NewDirectory("package-readme");
        packages.WriteNuGetConfig(directory);
        var walkthrough = new Walkthrough(packages, directory);

        walkthrough.Run(Markdown.Section(TestPaths.InRepo("src/Corpus.Generator/README.md"), "## Use it"));

        Assert.Equal(1, walkthrough.Checked);
    }
}
