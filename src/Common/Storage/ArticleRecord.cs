// Linked into Corpus.Storage and Corpus.Model: an article's record, written and read in one place.
namespace Corpus.Storage;

/// <summary>
/// The parts of an article record, in order. The record opens with one fixed-width offset
/// per part (relative to the record's start), so each part is decoded on its own first use:
/// walking every quote of a corpus never decodes a front matter, a paragraph or a mention.
/// </summary>
internal enum ArticlePart
{
    FrontMatter,
    Body,
    Paragraphs,
    Mentions,
    Quotes,
    Terms,
    Names,
    Sentences,
    Count,
}

/// <summary>Columns of the sentence table: a range of the body and the paragraph it is in.</summary>
internal enum SentenceColumn
{
    Start,
    Length,
    Paragraph,
    Count,
}

/// <summary>Columns of the paragraph table.</summary>
internal enum ParagraphColumn
{
    Start,
    Length,
    Count,
}

/// <summary>
/// Columns of the mention table. <see cref="Field"/> indexes the annotated texts (the body
/// first); <see cref="Utf8Start"/> is where the mention's bytes begin in the body's UTF-8 (-1
/// outside the body, or when the body is stored as UTF-16), so reading it decodes its own bytes;
/// <see cref="Name"/> indexes the article's <c>#name</c>s (-1 for none).
/// </summary>
internal enum MentionColumn
{
    Field,
    Start,
    Length,
    Utf8Start,
    Utf8Length,
    Entity,
    Line,
    Column,
    Name,
    Count,
}

/// <summary>Columns of the quote table; <see cref="Speaker"/> is -1 for an unattributed quotation, <see cref="Paragraph"/> -1 outside the body.</summary>
internal enum QuoteColumn
{
    Field,
    Start,
    Length,
    Utf8Start,
    Utf8Length,
    Speaker,
    Kind,
    Paragraph,
    Line,
    Column,
    Name,
    Count,
}

/// <summary>Columns of the term table.</summary>
internal enum TermColumn
{
    Field,
    Start,
    Length,
    Count,
}

/// <summary>An article's front matter as the data holds it (the annotated fields as plain text).</summary>
internal sealed class FrontMatterData
{
    public string Id = string.Empty;
    public string Title = string.Empty;
    public string? Summary;
    public string? Image;
    public string? ImageCredit;
    public string? Note;

    /// <summary>The source as plain text, when it is not an entity.</summary>
    public string? Source;

    /// <summary>The source entity's index, or -1.</summary>
    public int SourceEntity = -1;
    public string Language = "en";

    /// <summary>ISO 8601 dates (<c>yyyy-MM-dd</c>), as validated by the parser.</summary>
    public string? Published;
    public string? Updated;
    public string[] Byline = System.Array.Empty<string>();
    public string[] Tags = System.Array.Empty<string>();

    /// <summary>Alternating keys and values, sorted by key.</summary>
    public string[] Metadata = System.Array.Empty<string>();

    /// <summary>The article's file, relative to the corpus directory, with '/' separators.</summary>
    public string Path = string.Empty;
}

/// <summary>An article as the data holds it: the writer fills one, the reader decodes it part by part.</summary>
internal sealed class ArticleData
{
    public FrontMatterData FrontMatter = new();
    public string Body = string.Empty;

    /// <summary>Rows of <see cref="ParagraphColumn"/>, and so on for each table.</summary>
    public int[] Paragraphs = System.Array.Empty<int>();
    public int[] Mentions = System.Array.Empty<int>();
    public int[] Quotes = System.Array.Empty<int>();
    public int[] Terms = System.Array.Empty<int>();

    /// <summary>The <c>#name</c>s that mention and quote rows point to.</summary>
    public string[] Names = System.Array.Empty<string>();

    /// <summary>Rows of <see cref="SentenceColumn"/>.</summary>
    public int[] Sentences = System.Array.Empty<int>();
}

/// <summary>The shape of an article record.</summary>
internal static class ArticleRecord
{
#if !CORPUS_MODEL
    public static void Write(DataWriter writer, ArticleData article)
    {
        int start = writer.Position;
        for (int part = 0; part < (int)ArticlePart.Count; part++)
        {
            writer.UInt32(0);
        }

        for (int part = 0; part < (int)ArticlePart.Count; part++)
        {
            writer.PatchUInt32(start + (part * CorpusDataFormat.OffsetSize), (uint)(writer.Position - start));
            WritePart(writer, article, (ArticlePart)part);
        }
    }

    private static void WritePart(DataWriter writer, ArticleData article, ArticlePart part)
    {
        switch (part)
        {
            case ArticlePart.FrontMatter:
                FrontMatterData f = article.FrontMatter;
                writer.String(f.Id);
                writer.String(f.Title);
                writer.String(f.Summary);
                writer.String(f.Image);
                writer.String(f.ImageCredit);
                writer.String(f.Note);
                writer.String(f.Source);
                writer.Int(f.SourceEntity);
                writer.String(f.Language);
                writer.String(f.Published);
                writer.String(f.Updated);
                writer.Strings(f.Byline);
                writer.Strings(f.Tags);
                writer.Strings(f.Metadata);
                writer.String(f.Path);
                break;
            case ArticlePart.Body:
                writer.String(article.Body);
                break;
            case ArticlePart.Paragraphs:
                writer.Table(article.Paragraphs, (int)ParagraphColumn.Count);
                break;
            case ArticlePart.Mentions:
                writer.Table(article.Mentions, (int)MentionColumn.Count);
                break;
            case ArticlePart.Quotes:
                writer.Table(article.Quotes, (int)QuoteColumn.Count);
                break;
            case ArticlePart.Terms:
                writer.Table(article.Terms, (int)TermColumn.Count);
                break;
            case ArticlePart.Names:
                writer.Strings(article.Names);
                break;
            case ArticlePart.Sentences:
                writer.Table(article.Sentences, (int)SentenceColumn.Count);
                break;
        }
    }
#else
    /// <summary>Where a part of the record at <paramref name="record"/> starts.</summary>
    public static int PartAt(System.ReadOnlySpan<byte> data, int record, ArticlePart part) =>
        record + (int)DataReader.UInt32At(data, record + ((int)part * CorpusDataFormat.OffsetSize));

    public static FrontMatterData ReadFrontMatter(ref DataReader reader) => new()
    {
        Id = reader.String() ?? string.Empty,
        Title = reader.String() ?? string.Empty,
        Summary = reader.String(),
        Image = reader.String(),
        ImageCredit = reader.String(),
        Note = reader.String(),
        Source = reader.String(),
        SourceEntity = reader.Int(),
        Language = reader.String() ?? "en",
        Published = reader.String(),
        Updated = reader.String(),
        Byline = reader.Strings(),
        Tags = reader.Strings(),
        Metadata = reader.Strings(),
        Path = reader.String() ?? string.Empty,
    };

    public static int[] ReadTable(ref DataReader reader, ArticlePart part) => reader.Table(part switch
    {
        ArticlePart.Paragraphs => (int)ParagraphColumn.Count,
        ArticlePart.Mentions => (int)MentionColumn.Count,
        ArticlePart.Quotes => (int)QuoteColumn.Count,
        ArticlePart.Terms => (int)TermColumn.Count,
        ArticlePart.Sentences => (int)SentenceColumn.Count,
        _ => throw new System.ArgumentOutOfRangeException(nameof(part)),
    });
#endif
}
