using System.IO;
using System.Text.Json;
using Corpus.Cli.Console;
using Corpus.Cli.Stats;
using Corpus.Cli.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Export;

/// <summary>
/// JSON Lines: <c>articles.jsonl</c> with one article per line (its plain text, the annotated
/// front-matter fields, paragraphs, mentions, quotes and terms with <c>start</c>/<c>end</c>
/// offsets into the text of their field) and <c>entities.jsonl</c> with one entity per line.
/// </summary>
internal sealed class JsonLinesExporter : ICorpusExporter
{
    public const string ArticlesFile = "articles.jsonl";
    public const string EntitiesFile = "entities.jsonl";

    public int Export(LoadedCorpus corpus, string outputDirectory, OffsetUnit unit, ProgressStep progress)
    {
        using (StreamWriter articles = OutputFiles.Create(Path.Combine(outputDirectory, ArticlesFile)))
        {
            foreach (ArticleFile article in corpus.Articles)
            {
                WriteLine(articles, writer => WriteArticle(writer, corpus, article, unit));
                progress.Advance();
            }
        }

        using (StreamWriter entities = OutputFiles.Create(Path.Combine(outputDirectory, EntitiesFile)))
        {
            foreach (EntityUsage usage in corpus.Index.Entities)
            {
                WriteLine(entities, writer => WriteEntity(writer, usage));
            }
        }

        return 2;
    }

    private static void WriteLine(TextWriter output, System.Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(JsonOutput.Open(output), JsonOutput.Options(indented: false)))
        {
            write(writer);
        }

        output.Write('\n');
    }

    private static void WriteArticle(Utf8JsonWriter writer, LoadedCorpus corpus, ArticleFile article, OffsetUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("file", corpus.RelativePath(article.FilePath));
        writer.WriteString("title", article.Title);
        // As the library's Article.Source: the source entity's name, or the plain-text source.
        string? sourceName = article.SourceEntity is null ? article.Source : corpus.Entities.Find(article.SourceEntity.Id)?.Name ?? article.Source;
        writer.WriteString("source", sourceName);
        writer.WriteString("sourceEntity", article.SourceEntity?.Id);
        WriteStrings(writer, "byline", article.Byline);
        writer.WriteString("published", article.Published);
        writer.WriteString("updated", article.Updated);
        writer.WriteString("language", article.Language);
        WriteStrings(writer, "tags", article.Tags);
        // Keys sorted ordinally and fields in a fixed order, not as the file wrote them: the
        // compiled library keeps neither order and writes the same JSON (docs/json.md).
        writer.WriteStartObject("metadata");
        var metadata = new System.Collections.Generic.List<MetadataEntry>(article.Metadata);
        metadata.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (MetadataEntry entry in metadata)
        {
            writer.WriteString(entry.Key, entry.Value);
        }

        writer.WriteEndObject();
        writer.WriteString("offsets", unit.Name());
        writer.WriteString("text", article.Body);
        writer.WriteStartObject("fields");
        foreach (string name in ArticleFields.All)
        {
            foreach (FieldText field in article.Fields)
            {
                if (field.Name == name)
                {
                    writer.WriteString(field.Name, field.Text);
                }
            }
        }

        writer.WriteEndObject();

        var converters = new FieldOffsets(article, unit);
        OffsetConverter body = converters.For(ArticleFields.Body);
        writer.WriteStartArray("paragraphs");
        foreach (ParagraphSpan paragraph in article.Paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", body.FromUtf16(paragraph.Start));
            writer.WriteNumber("end", body.FromUtf16(paragraph.Start + paragraph.Length));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("mentions");
        foreach (MentionSyntax mention in article.Mentions)
        {
            writer.WriteStartObject();
            WriteRange(writer, converters.For(mention.Field), mention.Field, mention.Start, mention.Length);
            writer.WriteString("text", mention.Text);
            writer.WriteString("entity", mention.Entity.Id);
            writer.WriteString("kind", corpus.Entities.Find(mention.Entity.Id)?.Kind.ToKeyword());
            if (mention.Name is not null)
            {
                writer.WriteString("name", mention.Name);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (QuotationSyntax quote in article.Quotations)
        {
            OffsetConverter converter = converters.For(quote.Field);
            writer.WriteStartObject();
            WriteRange(writer, converter, quote.Field, quote.Start, quote.Length);
            writer.WriteString("surface", converter.Text.Substring(quote.Start, quote.Length));
            writer.WriteString("text", quote.Text);
            writer.WriteString("speaker", quote.Speaker?.Id);
            writer.WriteString("kind", quote.Kind.ToKeyword());
            writer.WriteNumber("paragraph", quote.Paragraph);
            if (quote.Name is not null)
            {
                writer.WriteString("name", quote.Name);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("terms");
        foreach (TermSyntax term in article.Terms)
        {
            writer.WriteStartObject();
            WriteRange(writer, converters.For(term.Field), term.Field, term.Start, term.Length);
            writer.WriteString("text", term.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, EntityUsage usage)
    {
        EntityDeclaration entity = usage.Entity;
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("kind", entity.Kind.ToKeyword());
        writer.WriteString("name", entity.Name);
        WriteStrings(writer, "aliases", entity.Aliases);
        writer.WriteString("description", entity.Description);
        writer.WriteString("wikidata", entity.WikidataId);
        writer.WriteStartArray("affiliations");
        foreach (EntityReference affiliation in entity.Affiliations)
        {
            writer.WriteStringValue(affiliation.Id);
        }

        writer.WriteEndArray();
        writer.WriteNumber("mentions", usage.Mentions.Count);
        writer.WriteNumber("quotes", usage.Quotes.Count);
        WriteStrings(writer, "articles", usage.ArticleIds);
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, OffsetConverter converter, string field, int start, int length)
    {
        writer.WriteString("field", field);
        writer.WriteNumber("start", converter.FromUtf16(start));
        writer.WriteNumber("end", converter.FromUtf16(start + length));
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
