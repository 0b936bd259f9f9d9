using System.IO;
using System.Linq;
using System.Text;
using Corpus.Cli.Tests.Infrastructure;
using Corpus.Syntax.Annotation;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus annotate</c> on the seed articles with their annotations stripped: the diff it
/// prints is reviewed (Fixtures/annotate/*.diff, exact), writing it is idempotent, and an
/// existing annotation is never changed.
/// </summary>
public sealed class AnnotateCommandTests
{
    [Theory]
    [InlineData("china-may-chafe")]
    [InlineData("china-north-korea-ukraine-war")]
    public void A_stripped_seed_article_gets_the_reviewed_diff(string id)
    {
        using var temp = new TempDirectory();
        string article = Strip(temp, id);

        CliResult result = CliRun.Run("annotate", article, "--registry", temp.Combine("entities.txt"));

        Assert.Equal(0, result.ExitCode);
        string expected = File.ReadAllText(TestPaths.Fixture(Path.Combine("annotate", id + ".diff"))).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        string actual = result.Output.Replace(temp.Path.Replace('\\', '/'), "corpus", System.StringComparison.Ordinal);
        if (actual != expected && System.Environment.GetEnvironmentVariable("CORPUS_ACCEPT") == "1")
        {
            File.WriteAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Corpus.Cli.Tests", "Fixtures", "annotate", id + ".diff"), actual);
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("china-may-chafe")]
    [InlineData("china-north-korea-ukraine-war")]
    public void Writing_twice_changes_nothing_the_second_time(string id)
    {
        using var temp = new TempDirectory();
        string article = Strip(temp, id);

        Assert.Equal(0, CliRun.Run("annotate", article, "--write").ExitCode);
        string once = File.ReadAllText(article);
        CliResult second = CliRun.Run("annotate", article, "--write");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(once, File.ReadAllText(article));
        Assert.Equal("corpus annotate: 0 mentions, 0 speakers, 0 reported clauses suggested in 0 files (written)", second.ErrorLines.Last());
    }

    [Fact]
    public void The_annotated_seed_corpus_gets_no_suggestion()
    {
        CliResult result = CliRun.Run("annotate", TestPaths.RealCorpus);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(new[] { "corpus annotate: 0 mentions, 0 speakers, 0 reported clauses suggested in 0 files" }, result.ErrorLines);
    }

    [Fact]
    public void Existing_annotations_stay_as_written()
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(TestPaths.RealCorpus, "entities.txt"), temp.Combine("entities.txt"));
        string article = temp.Combine("a.txt");
        // "Russia" is annotated by hand as the wrong entity, on purpose: annotate leaves it.
        File.WriteAllText(article, "---\ntitle: T\n---\n[Russia]{@china} and Russia met.\n“We will see,” Mr. Cha said.\n");

        CliRun.Run("annotate", article, "--write");

        Assert.Equal("---\ntitle: T\n---\n[Russia]{@china} and [Russia]{@russia} met.\n“We will see,”{@victor-cha} [Mr. Cha]{@victor-cha} said.\n", File.ReadAllText(article));
    }

    [Fact]
    public void Write_and_diff_together_are_a_usage_error()
    {
        CliResult result = CliRun.Run("annotate", TestPaths.RealCorpus, "--write", "--diff");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpus annotate: --write and --diff cannot be combined", result.Error.Trim());
    }

    /// <summary>The seed article without any markup, beside a copy of the registry.</summary>
    private static string Strip(TempDirectory temp, string id)
    {
        File.Copy(Path.Combine(TestPaths.RealCorpus, "entities.txt"), temp.Combine("entities.txt"));
        string source = File.ReadAllText(Path.Combine(TestPaths.RealCorpus, "articles", id + ".txt"));
        Directory.CreateDirectory(temp.Combine("articles"));
        string path = temp.Combine("articles", id + ".txt");
        File.WriteAllText(path, MarkupProjection.Create(source).WithoutMarkup(), new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Writing_keeps_a_byte_order_mark()
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(TestPaths.RealCorpus, "entities.txt"), temp.Combine("entities.txt"));
        string article = temp.Combine("a.txt");
        File.WriteAllText(article, "---\ntitle: T\n---\nRussia met.\n", new UTF8Encoding(true));

        CliRun.Run("annotate", article, "--write");

        byte[] bytes = File.ReadAllBytes(article);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        Assert.Equal("---\ntitle: T\n---\n[Russia]{@russia} met.\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
