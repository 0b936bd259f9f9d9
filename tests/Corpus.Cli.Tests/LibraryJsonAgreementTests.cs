using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corpus.Cli.Tests.Infrastructure;
using Corpus.Model;
using Corpus.News;

namespace Corpus.Cli.Tests;

/// <summary>
/// One JSON shape (docs/json.md): what the compiled library (Corpus.News, through Corpus.Model's
/// converters) writes for every article, entity, quote, mention, term and paragraph of the real
/// corpus is, byte for byte, what <c>corpus export --format jsonl --offsets utf16</c> writes for
/// it (the library's offsets are UTF-16). A quote, mention, term or paragraph written on its own
/// is its object of the export with its article's id first (and a paragraph's index).
/// </summary>
public sealed class LibraryJsonAgreementTests
{
    // The export's encoder (JsonOutput): BMP characters as they are. With no options the library
    // escapes them instead; the values are the same, so the bytes agree under the same encoder.
    private static readonly JsonSerializerOptions AsExported = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The source-generated path (trimmed and AOT apps), with options of its own: a context takes its options over.
    private static readonly CorpusJsonContext Generated = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Every_article_is_its_line_of_articles_jsonl()
    {
        string[] lines = Export("articles.jsonl");

        Assert.Equal(lines.Length, Articles.All.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            Article article = Articles.All[i];
            Assert.Equal(lines[i], JsonSerializer.Serialize(article, AsExported));
            Assert.Equal(lines[i], JsonSerializer.Serialize(article, Generated.Article));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(lines[i]), JsonNode.Parse(JsonSerializer.Serialize(article))), "with no options: " + article.Id);
        }
    }

    [Fact]
    public void Every_entity_is_its_line_of_entities_jsonl()
    {
        string[] lines = Export("entities.jsonl");

        Assert.Equal(lines.Length, Entities.All.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            Entity entity = Entities.All[i];
            Assert.Equal(lines[i], JsonSerializer.Serialize(entity, AsExported));
            Assert.Equal(lines[i], JsonSerializer.Serialize(entity, Generated.Entity));
        }
    }

    [Fact]
    public void Every_quote_mention_term_and_paragraph_is_its_object_of_the_export_after_its_article()
    {
        string[] lines = Export("articles.jsonl");
        int quotes = 0;
        int mentions = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            Article article = Articles.All[i];
            JsonObject line = JsonNode.Parse(lines[i])!.AsObject();
            JsonArray exported = line["quotes"]!.AsArray();
            Assert.Equal(exported.Count, article.Quotes.Count);
            for (int j = 0; j < exported.Count; j++, quotes++)
            {
                Assert.Equal(OnItsOwn(article.Id, null, exported[j]!), JsonSerializer.Serialize(article.Quotes[j], AsExported));
            }

            exported = line["mentions"]!.AsArray();
            Assert.Equal(exported.Count, article.Mentions.Count);
            for (int j = 0; j < exported.Count; j++, mentions++)
            {
                Assert.Equal(OnItsOwn(article.Id, null, exported[j]!), JsonSerializer.Serialize(article.Mentions[j], AsExported));
            }

            exported = line["terms"]!.AsArray();
            Assert.Equal(exported.Count, article.Terms.Count);
            for (int j = 0; j < exported.Count; j++)
            {
                Assert.Equal(OnItsOwn(article.Id, null, exported[j]!), JsonSerializer.Serialize(article.Terms[j], AsExported));
            }

            exported = line["paragraphs"]!.AsArray();
            Assert.Equal(exported.Count, article.Paragraphs.Count);
            for (int j = 0; j < exported.Count; j++)
            {
                Assert.Equal(OnItsOwn(article.Id, j, exported[j]!), JsonSerializer.Serialize(article.Paragraphs[j], AsExported));
            }
        }

        // The whole corpus was compared, not an empty part of it.
        Assert.Equal(Quotes.All.Count, quotes);
        Assert.Equal(Entities.All.Sum(e => e.Mentions.Count), mentions);
    }

    private static string[] Export(string file)
    {
        using var output = new TempDirectory();
        CliResult export = CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", output.Path, "--offsets", "utf16");
        Assert.Equal(0, export.ExitCode);
        string[] lines = File.ReadAllText(output.Combine(file)).TrimEnd('\n').Split('\n');
        Assert.NotEmpty(lines);
        return lines;
    }

    /// <summary>An object of the export as the library writes it on its own: its article's id (and index) first.</summary>
    private static string OnItsOwn(string article, int? index, JsonNode exported)
    {
        var result = new JsonObject { ["article"] = article };
        if (index is int i)
        {
            result["index"] = i;
        }

        foreach (KeyValuePair<string, JsonNode?> property in exported.AsObject())
        {
            result[property.Key] = property.Value?.DeepClone();
        }

        return result.ToJsonString(AsExported);
    }
}
