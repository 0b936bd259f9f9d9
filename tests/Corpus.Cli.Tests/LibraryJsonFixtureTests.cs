using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;
using Model = Corpus.Model;

namespace Corpus.Cli.Tests;

/// <summary>
/// The library's JSON is the export's on fixtures that use what the real corpus does not: every
/// front-matter key (byline, dates, language, <c>x-…</c> metadata, note, image credit),
/// <c>#names</c>, unattributed and multi-paragraph quotes, and characters outside the Basic
/// Multilingual Plane. Each fixture is compiled in memory as the build compiles it
/// (Corpus.Storage writes the data, Corpus.Model reads it) and compared line by line with
/// <c>corpus export --format jsonl --offsets utf16</c>.
/// </summary>
public sealed class LibraryJsonFixtureTests
{
    private static readonly JsonSerializerOptions AsExported = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("roundtrip")]
    [InlineData("unicode")]
    public void Every_article_and_entity_of_the_fixture_is_its_line_of_the_export(string fixture)
    {
        string root = TestPaths.Fixture(fixture);
        Model.CorpusCatalog catalog = InMemoryLibrary.Compile(root);
        using var output = new TempDirectory();
        CliResult export = CliRun.Run("export", root, "--format", "jsonl", "--out", output.Path, "--offsets", "utf16");
        Assert.Equal(0, export.ExitCode);
        Assert.NotEmpty(catalog.Articles);
        Assert.NotEmpty(catalog.Entities);

        Assert.Equal(Lines(output.Combine("articles.jsonl")), catalog.Articles.Select(a => JsonSerializer.Serialize(a, AsExported)));
        Assert.Equal(Lines(output.Combine("entities.jsonl")), catalog.Entities.Select(e => JsonSerializer.Serialize(e, AsExported)));
    }

    private static string[] Lines(string path) => File.ReadAllText(path).TrimEnd('\n').Split('\n');
}
