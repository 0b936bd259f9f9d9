using Xunit;
using System.Collections.Generic;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// `dotnet build` of a project whose corpus (Fixtures/broken-corpus) holds ordinary mistakes:
/// the build fails, and MSBuild prints one line per mistake at its file, line and column,
/// with the message and the help link, and nothing else.
/// </summary>
[Trait("Tier", "Full")]
public sealed class BrokenCorpusBuildTests
{
    private const string Help = "https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#";

    [Fact]
    public void The_build_fails_with_one_exact_line_per_mistake()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("broken-corpus");

        ProcessResult build = packages.Build(project);

        string Line(string file, int line, int column, string severity, string id, string message) =>
            Path.Combine(project, file) + "(" + line + "," + column + "): " + severity + " " + id + ": " + message +
            " (" + Help + id.ToLowerInvariant() + ") [" + Path.Combine(project, "BrokenCorpus.csproj") + "]";

        var expected = new List<string>
        {
            Line("corpus/articles/bridge.txt", 3, 12, "error", "CG0103", "'2025-13-01' is not a date in the form yyyy-MM-dd (key 'published')"),
            Line("corpus/articles/bridge.txt", 4, 1, "warning", "CG0102", "Unknown front-matter key 'autor'"),
            Line("corpus/articles/bridge.txt", 6, 12, "error", "CG0300", "Unknown entity '@ada-prk' (did you mean '@ada-park'?)"),
            Line("corpus/articles/bridge.txt", 7, 47, "warning", "CG0305", "Unattributed quotation 'then some': attribute it with {@id} or mark it {term}"),
            Line("corpus/articles/untitled.txt", 1, 1, "error", "CG0100", "The article 'untitled' has no 'title:' in its front matter"),
            Line("corpus/articles/untitled.txt", 4, 41, "error", "CG0302", "The annotation '{@ada-park spoke.' is not closed by '}' before the end of the paragraph"),
            Line("corpus/entities.txt", 11, 1, "error", "CG0202", "The entity 'lee-chen' has no 'name:'"),
            Line("corpus/entities.txt", 8, 15, "error", "CG0201", "Unknown entity kind 'organisation' (did you mean 'organization'?); the kinds are person, organization, country, place, group, event and work"),
        };
        expected.Sort(System.StringComparer.Ordinal);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(expected, BuildOutput.Diagnostics(build));
    }
}
