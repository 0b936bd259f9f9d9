using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus export</c>: every offset of every format slices the exported text to the exact
/// surface text, in both offset units; the speakers are the annotated ones. The unicode
/// fixture has characters outside the BMP (📜 🧵 𝐀) before most spans, where code points and
/// UTF-16 units differ, and a quotation over two paragraphs.
/// </summary>
public sealed class ExportCommandTests
{
    public static TheoryData<string, string> Corpora => new()
    {
        { "real", "codepoint" },
        { "real", "utf16" },
        { "unicode", "codepoint" },
        { "unicode", "utf16" },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Jsonl_offsets_slice_the_text_to_each_surface(string corpus, string unit)
    {
        using var temp = new TempDirectory();
        CliResult result = CliRun.Run("export", Dir(corpus), "--format", "jsonl", "--out", temp.Path, "--offsets", unit);

        Assert.Equal(0, result.ExitCode);
        List<JsonDocument> articles = ReadJsonl(temp.Combine("articles.jsonl"));
        Assert.Equal(corpus == "real" ? 2 : 1, articles.Count);
        int mentions = 0, quotes = 0, terms = 0;
        foreach (JsonDocument doc in articles)
        {
            JsonElement a = doc.RootElement;
            Assert.Equal(unit, a.GetProperty("offsets").GetString());
            string body = a.GetProperty("text").GetString()!;
            string FieldText(JsonElement item) => item.GetProperty("field").GetString() is "body" or null
                ? body
                : a.GetProperty("fields").GetProperty(item.GetProperty("field").GetString()!).GetString()!;
            string Slice(JsonElement item) => Offsets.Slice(FieldText(item), item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32(), unit);

            foreach (JsonElement m in a.GetProperty("mentions").EnumerateArray())
            {
                Assert.Equal(m.GetProperty("text").GetString(), Slice(m));
                mentions++;
            }

            foreach (JsonElement q in a.GetProperty("quotes").EnumerateArray())
            {
                Assert.Equal(q.GetProperty("surface").GetString(), Slice(q));
                quotes++;
            }

            foreach (JsonElement t in a.GetProperty("terms").EnumerateArray())
            {
                Assert.Equal(t.GetProperty("text").GetString(), Slice(t));
                terms++;
            }

            List<string> paragraphs = a.GetProperty("paragraphs").EnumerateArray().Select(p => Slice2(body, p, unit)).ToList();
            Assert.Equal(body, string.Join("\n\n", paragraphs));
        }

        Assert.Equal(corpus == "real" ? (250, 38, 3) : (17, 5, 2), (mentions, quotes, terms));
    }

    [Fact]
    public void Jsonl_has_the_exact_speakers_and_the_quote_text_without_continuation_marks()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", temp.Path);
        JsonElement chafe = ReadJsonl(temp.Combine("articles.jsonl")).Single(d => d.RootElement.GetProperty("id").GetString() == "china-may-chafe").RootElement;

        Assert.Equal("The New York Times", chafe.GetProperty("source").GetString());
        Assert.Equal("new-york-times", chafe.GetProperty("sourceEntity").GetString());
        List<string> cha = chafe.GetProperty("quotes").EnumerateArray()
            .Where(q => q.GetProperty("speaker").GetString() == "victor-cha")
            .Select(q => q.GetProperty("kind").GetString() + ": " + q.GetProperty("text").GetString())
            .ToList();
        Assert.Equal(
            new[]
            {
                "indirect: Beijing may not know how to rein in North Korea’s efforts to help the Kremlin",
                "direct: China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,",
                "direct: There is nothing good for them in this, short or long term.",
            },
            cha);
        JsonElement oil = chafe.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString() == "oil to the fire.");
        Assert.Equal(("xi-jinping", "partial"), (oil.GetProperty("speaker").GetString(), oil.GetProperty("kind").GetString()));

        using var unicode = new TempDirectory();
        CliRun.Run("export", TestPaths.Fixture("unicode"), "--format", "jsonl", "--out", unicode.Path);
        JsonElement engine = ReadJsonl(unicode.Combine("articles.jsonl")).Single().RootElement;
        JsonElement brain = engine.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString()!.StartsWith("That brain", StringComparison.Ordinal));
        Assert.Equal("That brain of mine is something more than merely mortal.\n\nTime will show it,", brain.GetProperty("text").GetString());
        Assert.Equal("That brain of mine is something more than merely mortal.\n\n“Time will show it,", brain.GetProperty("surface").GetString());
        Assert.Equal("ada-lovelace", brain.GetProperty("speaker").GetString());
        JsonElement nobody = engine.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString() == "nobody knows who said this.");
        Assert.Equal(JsonValueKind.Null, nobody.GetProperty("speaker").ValueKind);
        JsonElement loom = engine.GetProperty("quotes").EnumerateArray().Single(q => q.TryGetProperty("name", out JsonElement n) && n.GetString() == "loom");
        Assert.Equal("ada-lovelace", loom.GetProperty("speaker").GetString());
        Assert.Equal(
            new[] { "Ada", "London", "Engine" },
            engine.GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("field").GetString() == "summary").Select(m => m.GetProperty("text").GetString()).ToArray());
    }

    [Fact]
    public void Jsonl_entities_file_has_one_entity_per_line()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "jsonl", "--out", temp.Path);
        List<JsonDocument> entities = ReadJsonl(temp.Combine("entities.jsonl"));

        Assert.Equal(66, entities.Count);
        JsonElement cha = entities.Single(e => e.RootElement.GetProperty("id").GetString() == "victor-cha").RootElement;
        Assert.Equal("Victor D. Cha", cha.GetProperty("name").GetString());
        Assert.Equal("person", cha.GetProperty("kind").GetString());
        Assert.Equal(new[] { "Mr. Cha" }, cha.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()).ToArray());
        Assert.Equal(new[] { "georgetown-university", "csis" }, cha.GetProperty("affiliations").EnumerateArray().Select(x => x.GetString()).ToArray());
        Assert.Equal((2, 3), (cha.GetProperty("mentions").GetInt32(), cha.GetProperty("quotes").GetInt32()));
        Assert.Equal(new[] { "china-may-chafe" }, cha.GetProperty("articles").EnumerateArray().Select(x => x.GetString()).ToArray());
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Brat_offsets_slice_the_txt_to_each_span_text(string corpus, string unit)
    {
        using var temp = new TempDirectory();
        CliResult result = CliRun.Run("export", Dir(corpus), "--format", "brat", "--out", temp.Path, "--offsets", unit);

        Assert.Equal(0, result.ExitCode);
        string[] anns = Directory.GetFiles(temp.Path, "*.ann").OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Assert.Equal(corpus == "real" ? 2 : 1, anns.Length);
        Assert.True(File.Exists(temp.Combine("annotation.conf")));
        Assert.True(File.Exists(temp.Combine("visual.conf")));
        int spans = 0;
        foreach (string ann in anns)
        {
            string text = File.ReadAllText(Path.ChangeExtension(ann, ".txt"));
            foreach (string line in File.ReadAllLines(ann).Where(l => l.StartsWith('T')))
            {
                string[] parts = line.Split('\t');
                string[] fragments = parts[1][(parts[1].IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(';');
                string surface = string.Join(" ", fragments.Select(f =>
                {
                    int[] ends = f.Split(' ').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                    return Offsets.Slice(text, ends[0], ends[1], unit);
                }));
                Assert.Equal(parts[2], surface);
                spans++;
            }
        }

        // Body only: the front-matter fields are not brat text. The real corpus has 14 of its 250
        // mentions and 1 of its 3 terms in summary, image, image-credit and note.
        Assert.Equal(corpus == "real" ? 236 + 38 + 2 : 13 + 5 + 1, spans);
    }

    [Fact]
    public void Brat_links_each_quotation_to_its_speaker()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "brat", "--out", temp.Path);
        string[] ann = File.ReadAllLines(temp.Combine("china-may-chafe.ann"));

        var quotations = ann.Where(l => l.StartsWith('T') && l.Split('\t')[1].StartsWith("Quotation ", StringComparison.Ordinal))
            .ToDictionary(l => l.Split('\t')[0], l => l.Split('\t')[2]);
        var speakers = ann.Where(l => l.StartsWith('N'))
            .Select(l => l.Split('\t')[1].Split(' '))
            .Where(f => quotations.ContainsKey(f[1]))
            .ToDictionary(f => f[1], f => f[2]);
        var kinds = ann.Where(l => l.StartsWith('A') && l.Contains("\tQuoteKind ", StringComparison.Ordinal))
            .Select(l => l.Split('\t')[1].Split(' '))
            .ToDictionary(f => f[1], f => f[2]);
        List<string> cha = quotations.Where(q => speakers[q.Key] == "corpus:victor-cha").Select(q => kinds[q.Key] + ": " + q.Value).ToList();
        Assert.Equal(
            new[]
            {
                "Indirect: Beijing may not know how to rein in North Korea’s efforts to help the Kremlin",
                "Direct: China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,",
                "Direct: There is nothing good for them in this, short or long term.",
            },
            cha);
        // 3 closing marks with {@…} and 6 {says …} spans in this article.
        Assert.Equal(9, quotations.Count);
        Assert.Contains("T1\tCountry 20 25\tChina", ann);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Conllu_token_ranges_and_entity_spans_slice_the_text(string corpus, string unit)
    {
        using var temp = new TempDirectory();
        using var jsonl = new TempDirectory();
        CliResult result = CliRun.Run("export", Dir(corpus), "--format", "conllu", "--out", temp.Path, "--offsets", unit);
        CliRun.Run("export", Dir(corpus), "--format", "jsonl", "--out", jsonl.Path, "--offsets", unit);

        Assert.Equal(0, result.ExitCode);
        Dictionary<string, JsonElement> articles = ReadJsonl(jsonl.Combine("articles.jsonl")).ToDictionary(d => d.RootElement.GetProperty("id").GetString()!, d => d.RootElement);
        List<ConlluDocument> documents = ConlluDocument.Read(File.ReadAllText(temp.Combine("corpus.conllu")));
        Assert.Equal(articles.Keys.OrderBy(x => x, StringComparer.Ordinal), documents.Select(d => d.Id));
        foreach (ConlluDocument document in documents)
        {
            JsonElement article = articles[document.Id];
            string text = article.GetProperty("text").GetString()!;
            foreach (ConlluDocument.Token token in document.Tokens)
            {
                Assert.Equal(token.Form, Offsets.Slice(text, token.Start, token.End, unit));
            }

            foreach ((string sentence, int start, int end) in document.Sentences)
            {
                Assert.Equal(sentence, Offsets.Slice(text, start, end, unit));
            }

            var expectedMentions = article.GetProperty("mentions").EnumerateArray()
                .Where(m => m.GetProperty("field").GetString() == "body")
                .Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), m.GetProperty("kind").GetString() + ":" + m.GetProperty("entity").GetString()))
                .OrderBy(x => x).ToList();
            Assert.Equal(expectedMentions, document.Spans("Mention").OrderBy(x => x).ToList());

            var expectedQuotes = article.GetProperty("quotes").EnumerateArray()
                .Where(q => q.GetProperty("field").GetString() == "body")
                .Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString() + (q.GetProperty("speaker").GetString() is { } s ? ":" + s : string.Empty)))
                .OrderBy(x => x).ToList();
            Assert.Equal(expectedQuotes, document.Spans("Quote").OrderBy(x => x).ToList());
        }
    }

    [Fact]
    public void Conllu_marks_the_victor_cha_quotes()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "conllu", "--out", temp.Path);
        ConlluDocument chafe = ConlluDocument.Read(File.ReadAllText(temp.Combine("corpus.conllu"))).Single(d => d.Id == "china-may-chafe");

        List<string> quoted = chafe.Spans("Quote").Where(s => s.Label.EndsWith(":victor-cha", StringComparison.Ordinal))
            .Select(s => s.Label + " " + string.Join(" ", chafe.Tokens.Where(t => t.Start >= s.Start && t.End <= s.End).Select(t => t.Form).Take(4)))
            .ToList();
        Assert.Equal(new[] { "indirect:victor-cha Beijing may not know", "direct:victor-cha China is caught between", "direct:victor-cha There is nothing good" }, quoted);
    }

    [Fact]
    public void Export_of_a_corpus_with_errors_reports_them_and_exits_1()
    {
        using var temp = new TempDirectory();
        CliResult result = CliRun.Run("export", TestPaths.Fixture("broken"), "--format", "jsonl", "--out", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.EndsWith(": error CG0300: Unknown entity '@victr-cha' (did you mean '@victor-cha'?)", StringComparison.Ordinal));
        Assert.True(File.Exists(temp.Combine("articles.jsonl")));
    }

    private static string Dir(string corpus) => corpus == "real" ? TestPaths.RealCorpus : TestPaths.Fixture(corpus);

    private static string Slice2(string text, JsonElement item, string unit) => Offsets.Slice(text, item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32(), unit);

    private static List<JsonDocument> ReadJsonl(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l)).ToList();
}
