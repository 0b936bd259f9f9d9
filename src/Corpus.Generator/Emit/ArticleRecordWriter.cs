using System.Collections.Generic;
using System.Globalization;
using Corpus.Generator.Specs;
using Corpus.Syntax;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes one article into its group's data: its texts, then its record, which Corpus.Model's
/// <c>Article</c> decodes part by part on first use:
/// <c>[version, id, title, summary, image, image-credit, note, source, source entity id,
/// language (none for en), published, updated (yyyymmdd, 0 for none), byline, tags, metadata
/// (count, then texts: keys and values alternate), body, then the annotation table of
/// <see cref="ArticleModelBuilder"/> without its version]</c>.
/// </summary>
internal static class ArticleRecordWriter
{
    public static (int Chunk, int Offset) Write(GroupDataWriter data, ArticleModel model)
    {
        ArticleFile article = model.Bound.Article;
        var record = new List<int>(model.Data.Count + 64) { RecordDigits.Version };
        data.Text(record, article.Id);
        data.Text(record, article.Title);
        data.Text(record, Field(article, ArticleFields.Summary));
        data.Text(record, Field(article, ArticleFields.Image));
        data.Text(record, Field(article, ArticleFields.ImageCredit));
        data.Text(record, Field(article, ArticleFields.Note));
        data.Text(record, article.SourceEntity is null ? article.Source : null);
        data.Text(record, article.SourceEntity?.Id);
        data.Text(record, article.Language == "en" ? null : article.Language);
        record.Add(Date(article.Published));
        record.Add(Date(article.Updated));
        data.Texts(record, article.Byline);
        data.Texts(record, article.Tags);
        var metadata = new List<string>(article.Metadata.Count * 2);
        foreach (MetadataEntry entry in article.Metadata)
        {
            metadata.Add(entry.Key);
            metadata.Add(entry.Value);
        }

        data.Texts(record, metadata);
        data.Text(record, article.Body);
        for (int i = 1; i < model.Data.Count; i++)
        {
            record.Add(model.Data[i]);
        }

        return data.Record(record);
    }

    private static string? Field(ArticleFile article, string name)
    {
        foreach (FieldText field in article.Fields)
        {
            if (field.Name == name)
            {
                return field.Text;
            }
        }

        return null;
    }

    /// <summary>yyyy-MM-dd (validated by the parser) as the number yyyymmdd.</summary>
    private static int Date(string? date) =>
        date is null ? 0 : int.Parse(date.Substring(0, 4) + date.Substring(5, 2) + date.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture);
}
