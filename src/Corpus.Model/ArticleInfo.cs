using System;

namespace Corpus.Model;

/// <summary>
/// An article's front matter, decoded from the start of its record on first use (a walk
/// over quotes never needs it). Plain data: the generator has already validated every value.
/// </summary>
internal sealed class ArticleInfo
{
    /// <summary>Texts and numbers of the front matter, in record order: <see cref="Read"/> and <see cref="Skip"/> agree on it.</summary>
    private const int Texts = 9;
    private const int Dates = 2;
    private const int Lists = 3;

    private ArticleInfo(ref RecordReader reader, ArticleStore store)
    {
        Id = reader.ReadText(store) ?? string.Empty;
        Title = reader.ReadText(store) ?? string.Empty;
        Summary = reader.ReadText(store);
        Image = reader.ReadText(store);
        ImageCredit = reader.ReadText(store);
        Note = reader.ReadText(store);
        Source = reader.ReadText(store);
        SourceEntityId = reader.ReadText(store);
        Language = reader.ReadText(store) ?? "en";
        Published = ReadDate(ref reader);
        Updated = ReadDate(ref reader);
        Byline = reader.ReadTexts(store);
        Tags = reader.ReadTexts(store);
        Metadata = reader.ReadTexts(store);
    }

    public string Id { get; }

    public string Title { get; }

    public string? Summary { get; }

    public string? Image { get; }

    public string? ImageCredit { get; }

    public string? Note { get; }

    public string? Source { get; }

    public string? SourceEntityId { get; }

    public string Language { get; }

    public DateOnly? Published { get; }

    public DateOnly? Updated { get; }

    public string[] Byline { get; }

    public string[] Tags { get; }

    /// <summary>Alternating keys and values, sorted by key.</summary>
    public string[] Metadata { get; }

    public static ArticleInfo Read(ref RecordReader reader, ArticleStore store) => new(ref reader, store);

    /// <summary>Passes over the front matter, to the body's reference.</summary>
    public static void Skip(ref RecordReader reader)
    {
        for (int i = 0; i < Texts; i++)
        {
            reader.SkipText();
        }

        reader.Skip(Dates);
        for (int i = 0; i < Lists; i++)
        {
            int count = reader.Next();
            for (int k = 0; k < count; k++)
            {
                reader.SkipText();
            }
        }
    }

    /// <summary>A date as yyyymmdd, 0 for none.</summary>
    private static DateOnly? ReadDate(ref RecordReader reader)
    {
        int value = reader.Next();
        return value == 0 ? null : new DateOnly(value / 10000, value / 100 % 100, value % 100);
    }
}
