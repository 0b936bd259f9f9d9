using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Corpus.Model;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>
/// The library's JSON with no options at all: no object cycle, back references as ids, the
/// shape of <c>corpus export --format jsonl</c> (docs/json.md; the CLI's tests compare the two
/// on the whole corpus). With no options System.Text.Json escapes every non-ASCII character.
/// </summary>
public sealed class JsonSerializationTests
{
    [Fact]
    public void A_quote_is_its_object_of_the_export_after_its_article_id()
    {
        // This threw "A possible object cycle was detected" (Quote.Article lists the quote).
        Assert.Equal(
            """{"article":"china-may-chafe","field":"body","start":1929,"end":2006,"surface":"Beijing may not know how to rein in North Korea\u2019s efforts to help the Kremlin","text":"Beijing may not know how to rein in North Korea\u2019s efforts to help the Kremlin","speaker":"victor-cha","kind":"indirect","paragraph":6}""",
            JsonSerializer.Serialize(People.VictorCha.Quotes[0]));
    }

    [Fact]
    public void The_example_of_docs_json_md_is_what_the_library_writes()
    {
        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(ReadmeTests.FindRepositoryRoot(), "docs", "json.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;

        Assert.Equal(doc.Substring(start, doc.IndexOf("\n```", start, StringComparison.Ordinal) - start), JsonSerializer.Serialize(People.VictorCha.Quotes[0]));
    }

    [Fact]
    public void A_named_quote_ends_with_its_name()
    {
        Assert.Equal(
            """{"article":"china-north-korea-ukraine-war","field":"body","start":6773,"end":6829,"surface":"These developments could quickly derail Beijing\u2019s quest.","text":"These developments could quickly derail Beijing\u2019s quest.","speaker":"peter-dutton","kind":"direct","paragraph":19,"name":"derail"}""",
            JsonSerializer.Serialize(Articles.ChinaNorthKoreaUkraineWar.Derail));
    }

    [Fact]
    public void An_entity_is_its_line_of_entities_jsonl_whatever_its_static_type()
    {
        const string Expected =
            """{"id":"victor-cha","kind":"person","name":"Victor D. Cha","aliases":["Mr. Cha"],"description":"Professor of government and international affairs at Georgetown University and Korea chair at the Center for Strategic and International Studies.","wikidata":null,"affiliations":["georgetown-university","csis"],"mentions":2,"quotes":3,"articles":["china-may-chafe"]}""";

        Assert.Equal(Expected, JsonSerializer.Serialize(People.VictorCha));
        Assert.Equal(Expected, JsonSerializer.Serialize<Entity>(People.VictorCha));
        Assert.Equal(Expected, JsonSerializer.Serialize<object>(People.VictorCha));
    }

    [Fact]
    public void A_mention_names_its_article_and_entity_by_id()
    {
        Assert.Equal(
            """{"article":"china-may-chafe","field":"body","start":20,"end":25,"text":"China","entity":"china","kind":"country"}""",
            JsonSerializer.Serialize(Articles.ChinaMayChafe.Mentions[0]));
    }

    [Fact]
    public void A_sentence_and_a_paragraph_name_their_article_and_give_their_index()
    {
        Article article = Articles.ChinaMayChafe;

        Assert.Equal(
            """{"article":"china-may-chafe","index":0,"start":0,"end":168,"paragraph":0,"text":"Earlier this month, China and North Korea hailed their 75 years of diplomatic relations by reaffirming ties that they once described as being close as \u201Clips and teeth.\u201D"}""",
            JsonSerializer.Serialize(article.Sentences[0]));
        Assert.Equal("""{"article":"china-may-chafe","index":0,"start":0,"end":168}""", JsonSerializer.Serialize(article.Paragraphs[0]));
    }

    [Fact]
    public void An_article_of_a_generated_class_is_written_as_an_article()
    {
        // Articles.ChinaNorthKoreaUkraineWar is typed by its generated class (it has #named quotes).
        Article article = Articles.ChinaNorthKoreaUkraineWar;
        Assert.NotEqual(typeof(Article), article.GetType());

        string json = JsonSerializer.Serialize(Articles.ChinaNorthKoreaUkraineWar);

        Assert.Equal(JsonSerializer.Serialize(article), json);
        Assert.StartsWith("""{"id":"china-north-korea-ukraine-war","file":"articles/china-north-korea-ukraine-war.txt","title":"North Korea\u2019s troops for Russia strain China\u2019s ties with Pyongyang","source":null,"sourceEntity":null,"byline":[],"published":null,"updated":"2024-11-08","language":"en","tags":[],"metadata":{},"offsets":"utf16","text":""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Derail\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_corpus_serializes_without_a_cycle_and_the_context_writes_the_same_json()
    {
        CorpusJsonContext context = CorpusJsonContext.Default;

        Assert.Equal(JsonSerializer.Serialize(Articles.All), JsonSerializer.Serialize(Articles.All, context.IReadOnlyListArticle));
        Assert.Equal(JsonSerializer.Serialize(Entities.All), JsonSerializer.Serialize(Entities.All, context.IReadOnlyListEntity));
        Assert.Equal(JsonSerializer.Serialize(Quotes.All), JsonSerializer.Serialize(Quotes.All, context.IReadOnlyListQuote));
        foreach (Article article in Articles.All)
        {
            Assert.Equal(JsonSerializer.Serialize(article.Mentions), JsonSerializer.Serialize(article.Mentions, context.IReadOnlyListMention));
            Assert.Equal(JsonSerializer.Serialize(article.Sentences), JsonSerializer.Serialize(article.Sentences, context.IReadOnlyListSentence));
            Assert.All(article.Terms, term => Assert.Equal(JsonSerializer.Serialize(term), JsonSerializer.Serialize(term, context.Term)));
            Assert.All(article.Paragraphs, paragraph => Assert.Equal(JsonSerializer.Serialize(paragraph), JsonSerializer.Serialize(paragraph, context.Paragraph)));
        }

        Assert.Equal(JsonSerializer.Serialize(People.VictorCha), JsonSerializer.Serialize(People.VictorCha, context.Person));
        Assert.Equal(JsonSerializer.Serialize(Countries.China), JsonSerializer.Serialize(Countries.China, context.Country));
    }

    [Fact]
    public void Every_back_reference_is_an_id_that_the_corpus_resolves()
    {
        foreach (Quote quote in Quotes.All)
        {
            using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(quote));
            Assert.Same(quote.Article, Articles.Get(json.RootElement.GetProperty("article").GetString()!));
            Assert.Equal(quote.Speaker?.Id, json.RootElement.GetProperty("speaker").GetString());
        }

        foreach (Entity entity in Entities.All)
        {
            using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(entity));
            Assert.Equal(entity.Affiliations.Select(a => a.Id), json.RootElement.GetProperty("affiliations").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(entity.Articles.Select(a => a.Id), json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        }
    }

    [Fact]
    public void Reading_is_not_supported_and_says_what_to_use()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Quote>("{}"));

        // System.Text.Json appends where in the document it was.
        Assert.StartsWith("Corpus.Model writes JSON but does not read it: a Quote belongs to a compiled corpus. To turn JSON Lines back into a corpus, use 'corpus import jsonl'.", error.Message, StringComparison.Ordinal);
    }
}
