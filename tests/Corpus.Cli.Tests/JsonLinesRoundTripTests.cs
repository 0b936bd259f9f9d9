using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// ours → JSON Lines → ours (<c>corpus import jsonl</c>): the articles come back byte for byte
/// (front matter, annotated fields, <c>#names</c>, quote kinds), every registry block comes back
/// byte for byte (only the registry's comments and block order are not carried), and a second
/// export is the first one byte for byte.
/// </summary>
public sealed class JsonLinesRoundTripTests
{
    [Theory]
    [InlineData("real", "codepoint")]
    [InlineData("real", "utf16")]
    [InlineData("unicode", "utf16")]
    [InlineData("unicode", "codepoint")]
    [InlineData("roundtrip", "codepoint")]
    public void Ours_to_jsonl_to_ours_gives_back_the_same_corpus(string corpus, string unit)
    {
        string source = corpus == "real" ? TestPaths.RealCorpus : TestPaths.Fixture(corpus);
        using var first = new TempDirectory();
        using var imported = new TempDirectory();
        using var second = new TempDirectory();

        CliRun.Run("export", source, "--format", "jsonl", "--out", first.Path, "--offsets", unit);
        CliResult import = CliRun.Run("import", "jsonl", first.Path, "--out", imported.Path);
        CliResult check = CliRun.Run("check", imported.Path);
        CliRun.Run("export", imported.Path, "--format", "jsonl", "--out", second.Path, "--offsets", unit);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(string.Empty, import.Error);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(CliRun.Run("check", source).OutputLines[^1], check.OutputLines[^1]);
        string[] articles = Directory.GetFiles(Path.Combine(source, "articles"), "*.txt");
        Assert.NotEmpty(articles);
        foreach (string article in articles)
        {
            Assert.Equal(File.ReadAllText(article), File.ReadAllText(imported.Combine("articles", Path.GetFileName(article))));
        }

        Assert.Equal(Blocks(File.ReadAllText(Path.Combine(source, "entities.txt"))), Blocks(File.ReadAllText(imported.Combine("entities.txt"))));
        Assert.Equal(File.ReadAllText(first.Combine("articles.jsonl")), File.ReadAllText(second.Combine("articles.jsonl")));
        Assert.Equal(File.ReadAllText(first.Combine("entities.jsonl")), File.ReadAllText(second.Combine("entities.jsonl")));
    }

    [Fact]
    public void The_summary_counts_what_was_imported()
    {
        using var first = new TempDirectory();
        using var imported = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", first.Path);

        CliResult import = CliRun.Run("import", "jsonl", first.Path, "--out", imported.Path);

        Assert.Equal(new[] { "Imported 2 documents into " + imported.Path + ": 250 mentions, 38 quotations, 3 terms, 66 entities" }, import.OutputLines);
    }

    [Fact]
    public void A_line_with_a_null_or_a_path_out_of_the_folder_is_skipped_with_a_warning()
    {
        using var first = new TempDirectory();
        using var root = new TempDirectory();
        string imported = root.Combine("out");
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", first.Path);
        string articles = System.IO.Path.Combine(first.Path, "articles.jsonl");
        string[] lines = System.IO.File.ReadAllLines(articles);
        var escaping = System.Text.Json.Nodes.JsonNode.Parse(lines[0])!.AsObject();
        escaping["id"] = "../../escaped";
        escaping["file"] = "../escaped.txt";
        var nothing = System.Text.Json.Nodes.JsonNode.Parse(lines[1])!.AsObject();
        nothing["text"] = null;
        System.IO.File.WriteAllLines(articles, new[] { escaping.ToJsonString(), nothing.ToJsonString() });

        CliResult import = CliRun.Run("import", "jsonl", first.Path, "--out", imported);

        Assert.Equal(2, import.ErrorLines.Count(line => line.Contains("articles.jsonl: line ", StringComparison.Ordinal) && line.EndsWith(", skipped", StringComparison.Ordinal)));
        // articles/../../escaped.txt below out/ would be root/escaped.txt.
        Assert.Empty(System.IO.Directory.GetFiles(root.Path, "escaped*", System.IO.SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_without_articles_jsonl_is_a_usage_error()
    {
        using var empty = new TempDirectory();
        using var imported = new TempDirectory();

        CliResult import = CliRun.Run("import", "jsonl", empty.Path, "--out", imported.Path);

        Assert.Equal(2, import.ExitCode);
        Assert.Equal(new[] { "corpus import jsonl: no articles.jsonl in '" + empty.Path + "'" }, import.ErrorLines);
    }

    [Fact]
    public void Malformed_lines_are_skipped_with_a_warning_and_the_rest_is_imported()
    {
        using var first = new TempDirectory();
        using var imported = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", first.Path);
        File.AppendAllText(first.Combine("articles.jsonl"), "{\"id\": \"half\"}\nnot json\n");
        File.AppendAllText(first.Combine("entities.jsonl"), "[1, 2]\n");

        CliResult import = CliRun.Run("import", "jsonl", first.Path, "--out", imported.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(3, import.ErrorLines.Length);
        Assert.StartsWith("warning: articles.jsonl: line 3: ", import.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith("warning: articles.jsonl: line 4: ", import.ErrorLines[1], StringComparison.Ordinal);
        Assert.StartsWith("warning: entities.jsonl: line 67: ", import.ErrorLines[2], StringComparison.Ordinal);
        Assert.Equal(new[] { "Imported 2 documents into " + imported.Path + ": 250 mentions, 38 quotations, 3 terms, 66 entities" }, import.OutputLines);
    }

    /// <summary>The registry's entity blocks, sorted: comments and blank lines dropped.</summary>
    private static List<string> Blocks(string registry) =>
        registry.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")
            .Select(b => string.Join("\n", b.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))))
            .Where(b => b.Length > 0)
            .OrderBy(b => b, StringComparer.Ordinal)
            .ToList();
}
