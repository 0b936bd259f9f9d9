using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Corpus.Model.Json;

/// <summary>
/// Writes the corpus's JSON shape (docs/json.md), the one <c>corpus export --format jsonl</c>
/// writes: an article as one line of <c>articles.jsonl</c>, an entity as one line of
/// <c>entities.jsonl</c>. Every reference to another object is its id (an article id, an
/// entity id) or an index, never the object: the graph has cycles (a quote's article lists the
/// quote), a JSON document cannot. Offsets are the library's own, UTF-16 code units.
/// </summary>
internal static class CorpusJsonWriter
{
    /// <summary>The value of an article's <c>offsets</c>: the unit of every offset the library writes.</summary>
    public const string OffsetUnit = "utf16";

    // The front-matter fields that carry annotations, in TextField order (the body is "text").
    private static readonly TextField[] FrontMatterFields = { TextField.Summary, TextField.Image, TextField.ImageCredit, TextField.Note };

    /// <summary>Reading is not supported: a corpus is compiled, not built from JSON (corpus import jsonl reads the export).</summary>
    public static NotSupportedException ReadNotSupported(Type type) => new(
        "Corpus.Model writes JSON but does not read it: a " + type.Name + " belongs to a compiled corpus. To turn JSON Lines back into a corpus, use 'corpus import jsonl'.");

    public static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("file", article.Path);
        writer.WriteString("title", article.Title);
        writer.WriteString("source", article.Source);
        writer.WriteString("sourceEntity", article.SourceEntity?.Id);
        WriteStrings(writer, "byline", article.Byline);
        writer.WriteString("published", Date(article.Published));
        writer.WriteString("updated", Date(article.Updated));
        writer.WriteString("language", article.Language);
        WriteStrings(writer, "tags", article.Tags);

        // Sorted ordinally: the data keeps no file order, and a dictionary's order is no contract.
        writer.WriteStartObject("metadata");
        var keys = new List<string>(article.Metadata.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            writer.WriteString(key, article.Metadata[key]);
        }

        writer.WriteEndObject();
        writer.WriteString("offsets", OffsetUnit);
        writer.WriteString("text", article.Text);
        writer.WriteStartObject("fields");
        foreach (TextField field in FrontMatterFields)
        {
            // A field the article does not have is left out, not written empty.
            if (FieldOrNull(article, field) is { } text)
            {
                writer.WriteString(VocabularyWords.Of(field), text);
            }
        }

        writer.WriteEndObject();

        writer.WriteStartArray("paragraphs");
        foreach (Paragraph paragraph in article.Paragraphs)
        {
            writer.WriteStartObject();
            WriteParagraphFields(writer, paragraph);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("mentions");
        foreach (Mention mention in article.Mentions)
        {
            writer.WriteStartObject();
            WriteMentionFields(writer, mention);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (Quote quote in article.Quotes)
        {
            writer.WriteStartObject();
            WriteQuoteFields(writer, quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("terms");
        foreach (Term term in article.Terms)
        {
            writer.WriteStartObject();
            WriteTermFields(writer, term);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("kind", VocabularyWords.Of(entity.Kind));
        writer.WriteString("name", entity.Name);
        WriteStrings(writer, "aliases", entity.Aliases);
        writer.WriteString("description", entity.Description);
        writer.WriteString("wikidata", entity.WikidataId);
        writer.WriteStartArray("affiliations");
        foreach (Entity affiliation in entity.Affiliations)
        {
            writer.WriteStringValue(affiliation.Id);
        }

        writer.WriteEndArray();
        writer.WriteNumber("mentions", entity.Mentions.Count);
        writer.WriteNumber("quotes", entity.Quotes.Count);

        // Articles are sorted by id (ordinally), so corpus order is the export's sorted order.
        writer.WriteStartArray("articles");
        foreach (Article article in entity.Articles)
        {
            writer.WriteStringValue(article.Id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A quote on its own: the object of an article's <c>quotes</c>, after its article's id.</summary>
    public static void WriteQuote(Utf8JsonWriter writer, Quote quote) => WriteInArticle(writer, quote.Article, quote, WriteQuoteFields);

    /// <summary>A mention on its own: the object of an article's <c>mentions</c>, after its article's id.</summary>
    public static void WriteMention(Utf8JsonWriter writer, Mention mention) => WriteInArticle(writer, mention.Article, mention, WriteMentionFields);

    /// <summary>A term on its own: the object of an article's <c>terms</c>, after its article's id.</summary>
    public static void WriteTerm(Utf8JsonWriter writer, Term term) => WriteInArticle(writer, term.Article, term, WriteTermFields);

    /// <summary>An object of one of an article's arrays, on its own: its article's id first, then its own fields.</summary>
    private static void WriteInArticle<T>(Utf8JsonWriter writer, Article article, T item, Action<Utf8JsonWriter, T> fields)
    {
        writer.WriteStartObject();
        writer.WriteString("article", article.Id);
        fields(writer, item);
        writer.WriteEndObject();
    }

    /// <summary>A paragraph on its own: its article's id and its index, then the object of an article's <c>paragraphs</c>.</summary>
    public static void WriteParagraph(Utf8JsonWriter writer, Paragraph paragraph)
    {
        writer.WriteStartObject();
        writer.WriteString("article", paragraph.Article.Id);
        writer.WriteNumber("index", paragraph.Index);
        WriteParagraphFields(writer, paragraph);
        writer.WriteEndObject();
    }

    /// <summary>A sentence (articles.jsonl has none): its article's id, index, range, paragraph index and text.</summary>
    public static void WriteSentence(Utf8JsonWriter writer, Sentence sentence)
    {
        writer.WriteStartObject();
        writer.WriteString("article", sentence.Article.Id);
        writer.WriteNumber("index", sentence.Index);
        writer.WriteNumber("start", sentence.Start);
        writer.WriteNumber("end", sentence.Start + sentence.Length);
        writer.WriteNumber("paragraph", sentence.Paragraph.Index);
        writer.WriteString("text", sentence.Text);
        writer.WriteEndObject();
    }

    private static void WriteParagraphFields(Utf8JsonWriter writer, Paragraph paragraph)
    {
        writer.WriteNumber("start", paragraph.Start);
        writer.WriteNumber("end", paragraph.Start + paragraph.Length);
    }

    private static void WriteMentionFields(Utf8JsonWriter writer, Mention mention)
    {
        WriteRange(writer, mention.Field, mention.Start, mention.Length);
        writer.WriteString("text", mention.Text);
        writer.WriteString("entity", mention.Entity.Id);
        writer.WriteString("kind", VocabularyWords.Of(mention.Entity.Kind));
        if (mention.Name is not null)
        {
            writer.WriteString("name", mention.Name);
        }
    }

    private static void WriteQuoteFields(Utf8JsonWriter writer, Quote quote)
    {
        WriteRange(writer, quote.Field, quote.Start, quote.Length);

        // The span as written (continuation marks kept); "text" is the words without them.
        writer.WriteString("surface", quote.Article.GetFieldText(quote.Field).Substring(quote.Start, quote.Length));
        writer.WriteString("text", quote.Text);
        writer.WriteString("speaker", quote.Speaker?.Id);
        writer.WriteString("kind", VocabularyWords.Of(quote.Kind));

        // -1 for a quote in a front-matter field, which has no paragraph.
        writer.WriteNumber("paragraph", quote.Paragraph?.Index ?? -1);
        if (quote.Name is not null)
        {
            writer.WriteString("name", quote.Name);
        }
    }

    private static void WriteTermFields(Utf8JsonWriter writer, Term term)
    {
        WriteRange(writer, term.Field, term.Start, term.Length);
        writer.WriteString("text", term.Text);
    }

    private static void WriteRange(Utf8JsonWriter writer, TextField field, int start, int length)
    {
        writer.WriteString("field", VocabularyWords.Of(field));
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", start + length);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string? FieldOrNull(Article article, TextField field) => field switch
    {
        TextField.Summary => article.Summary,
        TextField.Image => article.Image,
        TextField.ImageCredit => article.ImageCredit,
        TextField.Note => article.Note,
        _ => null,
    };

    // As the front matter writes it (and as the data stores it): yyyy-MM-dd.
    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
