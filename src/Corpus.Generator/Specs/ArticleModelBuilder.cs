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
/// </summary>
internal static class ArticleModelBuilder
{
    public const int DataVersion = 2;

    public static ArticleModel Build(BoundArticle bound, EntityTable entities)
    {
        ArticleFile article = bound.Article;
        var data = new List<int> { DataVersion, article.Paragraphs.Count };
        foreach (ParagraphSpan paragraph in article.Paragraphs)
        {
            data.Add(paragraph.Start);
            data.Add(paragraph.Length);
        }

        var members = new List<NamedMember>();
        var utf8 = new Utf8Offsets(article.Body);
        data.Add(article.Mentions.Count);
        for (int i = 0; i < article.Mentions.Count; i++)
        {
            MentionSyntax mention = article.Mentions[i];
            data.Add(ArticleFields.IndexOf(mention.Field));
            data.Add(mention.Start);
            data.Add(mention.Length);
            AddUtf8Range(data, utf8, mention.Field, mention.Start, mention.Length);
            data.Add(entities.IndexOf(mention.Entity.Id));
            if (mention.Name is not null)
            {
                string entityName = entities.Find(mention.Entity.Id)?.Name ?? mention.Entity.Id;
                members.Add(new NamedMember(CSharpNames.FromId(mention.Name), IsQuote: false, i, "Mention of " + entityName + ": “" + mention.Text + "”."));
            }
        }

        data.Add(article.Quotations.Count);
        for (int i = 0; i < article.Quotations.Count; i++)
        {
            QuotationSyntax quote = article.Quotations[i];
            data.Add(ArticleFields.IndexOf(quote.Field));
            data.Add(quote.Start);
            data.Add(quote.Length);
            AddUtf8Range(data, utf8, quote.Field, quote.Start, quote.Length);
            data.Add(quote.Speaker is null ? -1 : entities.IndexOf(quote.Speaker.Id));
            data.Add((int)quote.Kind);
            data.Add(quote.Paragraph);
            if (quote.Name is not null)
            {
                string speaker = quote.Speaker is null ? "unattributed" : entities.Find(quote.Speaker.Id)?.Name ?? quote.Speaker.Id;
                members.Add(new NamedMember(CSharpNames.FromId(quote.Name), IsQuote: true, i, "“" + quote.Text + "” (" + speaker + ")."));
            }
        }

        data.Add(article.Terms.Count);
        foreach (TermSyntax term in article.Terms)
        {
            data.Add(ArticleFields.IndexOf(term.Field));
            data.Add(term.Start);
            data.Add(term.Length);
        }

        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        string? sourceName = article.SourceEntity is null ? article.Source : entities.Find(article.SourceEntity.Id)?.Name;
        return new ArticleModel(bound, data.ToEquatableArray(), members.ToEquatableArray(), sourceName);
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
