using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Naming;

namespace Corpus.Generator.Specs;

/// <summary>
/// Lays out an article's annotations as the integer table that Corpus.Model reads:
/// <c>[version, paragraphs (start, length)…, mentions (field, start, length, utf8 start, utf8 length, entity)…,
/// quotes (field, start, length, utf8 start, utf8 length, speaker or -1, kind, paragraph)…,
/// terms (field, start, length)…]</c>, each list preceded by its count. Offsets are in UTF-16
/// units of the field's text; the UTF-8 pair locates a body annotation in the body's UTF-8
/// bytes (-1 outside the body), so reading one quote decodes its own bytes, not the article.
/// The table is laid out once per article (<see cref="Layout"/>) and its entity slots filled
/// on each binding (<see cref="Build"/>).
/// </summary>
internal static class ArticleModelBuilder
{
    public const int DataVersion = 2;

    private const int MentionWidth = 6;
    private const int MentionEntity = 5;
    private const int QuoteWidth = 8;
    private const int QuoteSpeaker = 5;

    /// <summary>An entity slot before binding; never emitted (every slot is filled, or the table rebuilt).</summary>
    private const int Unfilled = int.MinValue;

    /// <summary>The table of a parsed article, its entity slots unfilled.</summary>
    public static ArticleLayout Layout(ArticleFile article) => new(article, Table(article, entities: null).ToEquatableArray());

    public static ArticleModel Build(ArticleLayout layout, BoundArticle bound, EntityTable entities)
    {
        ArticleFile article = bound.Article;
        EquatableArray<int> data = article.Mentions.Count == layout.Article.Mentions.Count && article.Quotations.Count == layout.Article.Quotations.Count
            ? Fill(layout, article, entities)
            // Binding dropped an annotation (its entity is unknown, or cannot speak): the rows move.
            : Table(article, entities).ToEquatableArray();

        var members = new List<NamedMember>();
        for (int i = 0; i < article.Mentions.Count; i++)
        {
            MentionSyntax mention = article.Mentions[i];
            if (mention.Name is not null)
            {
                string entityName = entities.Find(mention.Entity.Id)?.Name ?? mention.Entity.Id;
                members.Add(new NamedMember(CSharpNames.FromId(mention.Name), IsQuote: false, i, "Mention of " + entityName + ": “" + mention.Text + "”."));
            }
        }

        for (int i = 0; i < article.Quotations.Count; i++)
        {
            QuotationSyntax quote = article.Quotations[i];
            if (quote.Name is not null)
            {
                string speaker = quote.Speaker is null ? "unattributed" : entities.Find(quote.Speaker.Id)?.Name ?? quote.Speaker.Id;
                members.Add(new NamedMember(CSharpNames.FromId(quote.Name), IsQuote: true, i, "“" + quote.Text + "” (" + speaker + ")."));
            }
        }

        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        string? sourceName = article.SourceEntity is null ? article.Source : entities.Find(article.SourceEntity.Id)?.Name;
        return new ArticleModel(bound, data, members.Count == 0 ? EquatableArray<NamedMember>.Empty : members.ToEquatableArray(), sourceName);
    }

    /// <summary>
    /// The layout's table with its entity slots filled. Binding kept every annotation in its
    /// place (it may only have dropped names), so every row is where the layout put it.
    /// </summary>
    private static EquatableArray<int> Fill(ArticleLayout layout, ArticleFile article, EntityTable entities)
    {
        var data = new int[layout.Data.Count];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = layout.Data[i];
        }

        int mentions = 2 + (2 * article.Paragraphs.Count) + 1;
        for (int i = 0; i < article.Mentions.Count; i++)
        {
            data[mentions + (MentionWidth * i) + MentionEntity] = entities.IndexOf(article.Mentions[i].Entity.Id);
        }

        int quotes = mentions + (MentionWidth * article.Mentions.Count) + 1;
        for (int i = 0; i < article.Quotations.Count; i++)
        {
            EntityReference? speaker = article.Quotations[i].Speaker;
            data[quotes + (QuoteWidth * i) + QuoteSpeaker] = speaker is null ? -1 : entities.IndexOf(speaker.Id);
        }

        return new EquatableArray<int>(data);
    }

    /// <summary>The whole table; without an entity table, its entity slots are left <see cref="Unfilled"/>.</summary>
    private static List<int> Table(ArticleFile article, EntityTable? entities)
    {
        var data = new List<int> { DataVersion, article.Paragraphs.Count };
        foreach (ParagraphSpan paragraph in article.Paragraphs)
        {
            data.Add(paragraph.Start);
            data.Add(paragraph.Length);
        }

        var utf8 = new Utf8Offsets(article.Body);
        data.Add(article.Mentions.Count);
        foreach (MentionSyntax mention in article.Mentions)
        {
            data.Add(ArticleFields.IndexOf(mention.Field));
            data.Add(mention.Start);
            data.Add(mention.Length);
            AddUtf8Range(data, utf8, mention.Field, mention.Start, mention.Length);
            data.Add(entities is null ? Unfilled : entities.IndexOf(mention.Entity.Id));
        }

        data.Add(article.Quotations.Count);
        foreach (QuotationSyntax quote in article.Quotations)
        {
            data.Add(ArticleFields.IndexOf(quote.Field));
            data.Add(quote.Start);
            data.Add(quote.Length);
            AddUtf8Range(data, utf8, quote.Field, quote.Start, quote.Length);
            data.Add(quote.Speaker is null ? -1 : entities is null ? Unfilled : entities.IndexOf(quote.Speaker.Id));
            data.Add((int)quote.Kind);
            data.Add(quote.Paragraph);
        }

        data.Add(article.Terms.Count);
        foreach (TermSyntax term in article.Terms)
        {
            data.Add(ArticleFields.IndexOf(term.Field));
            data.Add(term.Start);
            data.Add(term.Length);
        }

        return data;
    }

    private static void AddUtf8Range(List<int> data, Utf8Offsets utf8, string field, int start, int length)
    {
        if (field != ArticleFields.Body)
        {
            data.Add(-1);
            data.Add(0);
            return;
        }

        int begin = utf8.At(start);
        data.Add(begin);
        data.Add(utf8.At(start + length) - begin);
    }
}
