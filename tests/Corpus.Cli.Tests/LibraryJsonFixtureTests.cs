using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Corpus.Syntax.Diagnostics;
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
        Model.CorpusCatalog catalog = Compile(root);
        using var output = new TempDirectory();
        CliResult export = CliRun.Run("export", root, "--format", "jsonl", "--out", output.Path, "--offsets", "utf16");
        Assert.Equal(0, export.ExitCode);
        Assert.NotEmpty(catalog.Articles);
        Assert.NotEmpty(catalog.Entities);

        Assert.Equal(Lines(output.Combine("articles.jsonl")), catalog.Articles.Select(a => JsonSerializer.Serialize(a, AsExported)));
        Assert.Equal(Lines(output.Combine("entities.jsonl")), catalog.Entities.Select(e => JsonSerializer.Serialize(e, AsExported)));
    }

    /// <summary>The fixture's files as the build reads them (every .txt, ordinal path order), written and read back as data.</summary>
    private static Model.CorpusCatalog Compile(string root)
    {
        string prefix = root.Replace('\\', '/').TrimEnd('/') + "/";
        CorpusCompilation compilation = CorpusCompilation.Create(
            Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
                .Select(f => f.Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new CorpusSourceFile(f, File.ReadAllText(f))));
        Assert.Empty(compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToMSBuildString()));
        return Model.CorpusCatalog.FromBytes(CorpusDataWriter.Write(compilation, prefix));
    }

    private static string[] Lines(string path) => File.ReadAllText(path).TrimEnd('\n').Split('\n');
}
