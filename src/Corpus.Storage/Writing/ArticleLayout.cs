using System.Linq;
using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Storage.Writing;

/// <summary>
/// An article's record contents (<see cref="ArticleData"/>) from its parsed and bound syntax:
/// plain texts, the tables of paragraphs, mentions, quotes, terms and sentences, entity indices
/// in the bound registry, and the front matter.
/// </summary>
internal static class ArticleLayout
{
    public static ArticleData Of(ArticleFile article, EntityTable entities, string root)
    {
        var names = new List<string>();
        var utf8 = new Utf8Offsets(article.Body);
        bool bodyIsUtf8 = !TextEncoding.HasLoneSurrogate(article.Body);

        var paragraphs = new int[article.Paragraphs.Count * (int)ParagraphColumn.Count];
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            paragraphs[(i * (int)ParagraphColumn.Count) + (int)ParagraphColumn.Start] = article.Paragraphs[i].Start;
            paragraphs[(i * (int)ParagraphColumn.Count) + (int)ParagraphColumn.Length] = article.Paragraphs[i].Length;
        }

        var mentions = new int[article.Mentions.Count * (int)MentionColumn.Count];
        for (int i = 0; i < article.Mentions.Count; i++)
        {
            MentionSyntax mention = article.Mentions[i];
            int row = i * (int)MentionColumn.Count;
            mentions[row + (int)MentionColumn.Field] = ArticleFields.IndexOf(mention.Field);
            mentions[row + (int)MentionColumn.Start] = mention.Start;
            mentions[row + (int)MentionColumn.Length] = mention.Length;
            (mentions[row + (int)MentionColumn.Utf8Start], mentions[row + (int)MentionColumn.Utf8Length]) = Utf8Range(utf8, bodyIsUtf8, mention.Field, mention.Start, mention.Length);
            mentions[row + (int)MentionColumn.Entity] = entities.IndexOf(mention.Entity.Id);
            mentions[row + (int)MentionColumn.Line] = mention.Span.Line;
            mentions[row + (int)MentionColumn.Column] = mention.Span.Column;
            mentions[row + (int)MentionColumn.Name] = Name(names, mention.Name);
        }

        var quotes = new int[article.Quotations.Count * (int)QuoteColumn.Count];
        for (int i = 0; i < article.Quotations.Count; i++)
        {
            QuotationSyntax quote = article.Quotations[i];
            int row = i * (int)QuoteColumn.Count;
            quotes[row + (int)QuoteColumn.Field] = ArticleFields.IndexOf(quote.Field);
            quotes[row + (int)QuoteColumn.Start] = quote.Start;
            quotes[row + (int)QuoteColumn.Length] = quote.Length;
            (quotes[row + (int)QuoteColumn.Utf8Start], quotes[row + (int)QuoteColumn.Utf8Length]) = Utf8Range(utf8, bodyIsUtf8, quote.Field, quote.Start, quote.Length);
            quotes[row + (int)QuoteColumn.Speaker] = quote.Speaker is null ? -1 : entities.IndexOf(quote.Speaker.Id);
            quotes[row + (int)QuoteColumn.Kind] = (int)quote.Kind;
            quotes[row + (int)QuoteColumn.Paragraph] = quote.Paragraph;
            quotes[row + (int)QuoteColumn.Line] = quote.Span.Line;
            quotes[row + (int)QuoteColumn.Column] = quote.Span.Column;
            quotes[row + (int)QuoteColumn.Name] = Name(names, quote.Name);
        }

        var terms = new int[article.Terms.Count * (int)TermColumn.Count];
        for (int i = 0; i < article.Terms.Count; i++)
        {
            TermSyntax term = article.Terms[i];
            int row = i * (int)TermColumn.Count;
            terms[row + (int)TermColumn.Field] = ArticleFields.IndexOf(term.Field);
            terms[row + (int)TermColumn.Start] = term.Start;
            terms[row + (int)TermColumn.Length] = term.Length;
        }

        List<Syntax.Sentences.SentenceSpan> found = Syntax.Sentences.ArticleSentences.Of(article);
        var sentences = new int[found.Count * (int)SentenceColumn.Count];
        int paragraph = 0;
        for (int i = 0; i < found.Count; i++)
        {
            // Sentences come in text order and never cross a paragraph end: the paragraph only moves forward.
            while (paragraph + 1 < article.Paragraphs.Count && article.Paragraphs[paragraph + 1].Start <= found[i].Start)
            {
                paragraph++;
            }

            int row = i * (int)SentenceColumn.Count;
            sentences[row + (int)SentenceColumn.Start] = found[i].Start;
            sentences[row + (int)SentenceColumn.Length] = found[i].Length;
            sentences[row + (int)SentenceColumn.Paragraph] = paragraph;
        }

        return new ArticleData
        {
            Sentences = sentences,
            FrontMatter = FrontMatter(article, entities, root),
            Body = article.Body,
            Paragraphs = paragraphs,
            Mentions = mentions,
            Quotes = quotes,
            Terms = terms,
            Names = names.ToArray(),
        };
    }

    private static FrontMatterData FrontMatter(ArticleFile article, EntityTable entities, string root)
    {
        var metadata = new List<MetadataEntry>(article.Metadata);
        metadata.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var pairs = new string[metadata.Count * 2];
        for (int i = 0; i < metadata.Count; i++)
        {
            pairs[2 * i] = metadata[i].Key;
            pairs[(2 * i) + 1] = metadata[i].Value;
        }

        return new FrontMatterData
        {
            Id = article.Id ?? string.Empty,
            Title = article.Title ?? string.Empty,
            Summary = FieldOrNull(article, ArticleFields.Summary),
            Image = FieldOrNull(article, ArticleFields.Image),
            ImageCredit = FieldOrNull(article, ArticleFields.ImageCredit),
            Note = FieldOrNull(article, ArticleFields.Note),
            Source = article.SourceEntity is null ? article.Source : null,
            SourceEntity = article.SourceEntity is null ? -1 : entities.IndexOf(article.SourceEntity.Id),
            Language = article.Language,
            Published = article.Published,
            Updated = article.Updated,
            Byline = article.Byline.ToArray(),
            Tags = article.Tags.ToArray(),
            Metadata = pairs,
            Path = CorpusDataWriter.RelativePath(root, article.FilePath),
        };
    }

    /// <summary>A front-matter field's plain text, or null when the article does not have the field.</summary>
    private static string? FieldOrNull(ArticleFile article, string name)
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

    private static (int Start, int Length) Utf8Range(Utf8Offsets utf8, bool bodyIsUtf8, string field, int start, int length)
    {
        if (field != ArticleFields.Body || !bodyIsUtf8)
        {
            return (-1, 0);
        }

        int begin = utf8.At(start);
        return (begin, utf8.At(start + length) - begin);
    }

    private static int Name(List<string> names, string? name)
    {
        if (name is null)
        {
            return -1;
        }

        names.Add(name);
        return names.Count - 1;
    }
}
