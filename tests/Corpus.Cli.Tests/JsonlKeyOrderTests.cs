using System.IO;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// The export writes <c>metadata</c> keys sorted ordinally and <c>fields</c> in one fixed order
/// (summary, image, image-credit, note), whatever the file's order: the compiled library keeps
/// neither order, and both write one JSON shape (docs/json.md), the same line.
/// </summary>
public sealed class JsonlKeyOrderTests
{
    [Fact]
    public void Metadata_keys_are_sorted_and_fields_are_in_a_fixed_order()
    {
        using var corpus = new TempDirectory();
        using var output = new TempDirectory();
        File.WriteAllText(corpus.Combine("entities.txt"), "@ada person\nname: Ada\n");
        Directory.CreateDirectory(corpus.Combine("articles"));
        File.WriteAllText(corpus.Combine("articles", "a.txt"), "---\ntitle: A\nnote: N\nimage: I\nsummary: S\nx-zeta: z\nx-Alpha: A\nx-alpha: a\n---\n[Ada]{@ada} wrote.\n");

        CliResult export = CliRun.Run("export", corpus.Path, "--format", "jsonl", "--out", output.Path, "--offsets", "utf16");

        Assert.Equal(0, export.ExitCode);
        string line = File.ReadAllText(output.Combine("articles.jsonl"));
        Assert.Equal(
            """{"id":"a","file":"articles/a.txt","title":"A","source":null,"sourceEntity":null,"byline":[],"published":null,"updated":null,"language":"en","tags":[],"metadata":{"x-Alpha":"A","x-alpha":"a","x-zeta":"z"},"offsets":"utf16","text":"Ada wrote.","fields":{"summary":"S","image":"I","note":"N"},"paragraphs":[{"start":0,"end":10}],"mentions":[{"field":"body","start":0,"end":3,"text":"Ada","entity":"ada","kind":"person"}],"quotes":[],"terms":[]}""" + "\n",
            line);

        // The library writes the same line from the compiled data, which keeps neither order.
        Corpus.Model.Article article = Assert.Single(InMemoryLibrary.Compile(corpus.Path).Articles);
        Assert.Equal(line, System.Text.Json.JsonSerializer.Serialize(article, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
