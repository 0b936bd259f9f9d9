using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Cli.Stats;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Cli.Render;

/// <summary>
/// One article: its front matter, the annotated summary and image caption, and the body with
/// every mention highlighted by kind (linking to the entity's page) and every quotation
/// boxed with its speaker. Anchors: <c>#m1…</c> for mentions and <c>#q1…</c> for quotations,
/// numbered in the article's order (the order of <c>Article.Mentions</c> and <c>.Quotes</c>).
/// </summary>
internal static class ArticlePage
{
    private const string Root = "../";

    public static string Render(ArticleFile article, EntityTable entities)
    {
        StringBuilder html = PageLayout.Begin(article.Title ?? article.Id!, Root);
        html.Append("<article>\n<header>\n<h1>").Text(article.Title).Append("</h1>\n");
        WriteMetadata(html, article, entities);
        WriteField(html, article, entities, ArticleFields.Summary, "<p class=\"summary\">", "</p>\n");
        string image = article.GetFieldText(ArticleFields.Image);
        string credit = article.GetFieldText(ArticleFields.ImageCredit);
        if (image.Length > 0 || credit.Length > 0)
        {
            html.Append("<figure class=\"image\"><figcaption>");
            WriteField(html, article, entities, ArticleFields.Image, string.Empty, string.Empty);
            WriteField(html, article, entities, ArticleFields.ImageCredit, "<span class=\"credit\">Image: ", "</span>");
            html.Append("</figcaption></figure>\n");
        }

        html.Append("</header>\n");
        PageLayout.Legend(html);
        html.Append("<section class=\"body\">\n");
        List<Highlight> highlights = Highlights(article, entities, ArticleFields.Body);
        for (int p = 0; p < article.Paragraphs.Count; p++)
        {
            ParagraphSpan paragraph = article.Paragraphs[p];
            html.Append("<p id=\"p").Append((p + 1).ToString(CultureInfo.InvariantCulture)).Append("\">");
            AnnotatedHtml.WriteParagraph(html, article.Body, paragraph.Start, paragraph.Start + paragraph.Length, highlights);
            html.Append("</p>\n");
        }

        html.Append("</section>\n");
        WriteField(html, article, entities, ArticleFields.Note, "<p class=\"note\">Note: ", "</p>\n");
        WriteQuoteList(html, article, entities);
        html.Append("</article>\n");
        return PageLayout.End(html);
    }

    private static void WriteMetadata(StringBuilder html, ArticleFile article, EntityTable entities)
    {
        html.Append("<dl class=\"meta\">\n");
        if (article.SourceEntity is not null && entities.Find(article.SourceEntity.Id) is { } source)
        {
            html.Append("<dt>Source</dt><dd><a href=\"").Append(Root).Append(SitePaths.Entity(source.Id)).Append("\">").Text(source.Name).Append("</a></dd>\n");
        }
        else if (article.Source is not null)
        {
            html.Append("<dt>Source</dt><dd>").Text(article.Source).Append("</dd>\n");
        }

        if (article.Byline.Count > 0)
        {
            html.Append("<dt>Byline</dt><dd>").Text(string.Join("; ", article.Byline)).Append("</dd>\n");
        }

        Entry(html, "Published", article.Published);
        Entry(html, "Updated", article.Updated);
        if (article.Tags.Count > 0)
        {
            Entry(html, "Tags", string.Join(", ", article.Tags));
        }

        Entry(html, "Language", article.Language);
        foreach (MetadataEntry entry in article.Metadata)
        {
            Entry(html, entry.Key, entry.Value);
        }

        html.Append("<dt>Id</dt><dd><code>").Text(article.Id).Append("</code></dd>\n");
        html.Append("</dl>\n");
    }

    private static void Entry(StringBuilder html, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Append("<dt>").Text(key).Append("</dt><dd>").Text(value).Append("</dd>\n");
        }
    }

    private static void WriteField(StringBuilder html, ArticleFile article, EntityTable entities, string field, string open, string close)
    {
        string text = article.GetFieldText(field);
        if (text.Length == 0)
        {
            return;
        }

        html.Append(open);
        AnnotatedHtml.WriteParagraph(html, text, 0, text.Length, Highlights(article, entities, field));
        html.Append(close);
    }

    /// <summary>The highlights of one field: mentions, quotations (boxed with their marks) and terms.</summary>
    public static List<Highlight> Highlights(ArticleFile article, EntityTable entities, string field)
    {
        string text = article.GetFieldText(field);
        var highlights = new List<Highlight>();
        for (int i = 0; i < article.Mentions.Count; i++)
        {
            MentionSyntax mention = article.Mentions[i];
            if (mention.Field != field)
            {
                continue;
            }

            EntityDeclaration? entity = entities.Find(mention.Entity.Id);
            string kind = entity?.Kind.ToKeyword() ?? "entity";
            highlights.Add(new Highlight(
                mention.Start,
                mention.Start + mention.Length,
                HighlightKind.Mention,
                "mention k-" + kind,
                SitePaths.MentionAnchor(i),
                (entity?.Name ?? mention.Entity.Id) + " · " + kind,
                Root + SitePaths.Entity(mention.Entity.Id),
                null,
                null,
                null));
        }

        for (int i = 0; i < article.Quotations.Count; i++)
        {
            QuotationSyntax quote = article.Quotations[i];
            if (quote.Field != field)
            {
                continue;
            }

            int start = quote.Start;
            int end = quote.Start + quote.Length;
            if (quote.Kind != QuoteKind.Indirect && start > 0 && end < text.Length && IsMark(text[start - 1]) && IsMark(text[end]))
            {
                start--;
                end++;
            }

            string kind = quote.Kind.ToKeyword();
            EntityDeclaration? speaker = quote.Speaker is null ? null : entities.Find(quote.Speaker.Id);
            string speakerName = speaker?.Name ?? quote.Speaker?.Id ?? "unattributed";
            string label = "<span class=\"speaker\">" + (speaker is null
                ? Html.Escape(speakerName)
                : "<a href=\"" + Root + SitePaths.Entity(speaker.Id) + "\">" + Html.Escape(speakerName) + "</a>") + "</span>";
            string plainLabel = "<span class=\"speaker\">" + Html.Escape(speakerName) + "</span>";
            highlights.Add(new Highlight(
                start,
                end,
                HighlightKind.Quote,
                "quote q-" + (quote.Speaker is null ? "unattributed" : kind),
                SitePaths.QuoteAnchor(i),
                (quote.Kind == QuoteKind.Indirect ? "reported speech" : kind + " quotation") + " · " + speakerName,
                null,
                quote.Speaker?.Id ?? string.Empty,
                label,
                plainLabel));
        }

        foreach (TermSyntax term in article.Terms)
        {
            if (term.Field == field)
            {
                highlights.Add(new Highlight(term.Start, term.Start + term.Length, HighlightKind.Term, "term", null, "term", null, null, null, null));
            }
        }

        return highlights;
    }

    private static void WriteQuoteList(StringBuilder html, ArticleFile article, EntityTable entities)
    {
        if (article.Quotations.Count == 0)
        {
            return;
        }

        html.Append("<h2>Quotations</h2>\n<ol class=\"quotes\">\n");
        for (int i = 0; i < article.Quotations.Count; i++)
        {
            QuotationSyntax quote = article.Quotations[i];
            EntityDeclaration? speaker = quote.Speaker is null ? null : entities.Find(quote.Speaker.Id);
            html.Append("<li>");
            if (speaker is not null)
            {
                html.Append("<a href=\"").Append(Root).Append(SitePaths.Entity(speaker.Id)).Append("\">").Text(speaker.Name).Append("</a>");
            }
            else
            {
                html.Append("<em>unattributed</em>");
            }

            html.Append(" (").Append(quote.Kind.ToKeyword()).Append("): <a href=\"#").Append(SitePaths.QuoteAnchor(i)).Append("\">").Text(Shorten(quote.Text)).Append("</a></li>\n");
        }

        html.Append("</ol>\n");
    }

    public static string Shorten(string text, int max = 160)
    {
        string flat = text.Replace("\n\n", " ", System.StringComparison.Ordinal);
        return flat.Length <= max ? flat : flat.Substring(0, max - 1) + "…";
    }

    private static bool IsMark(char c) => c is '“' or '”' or '"';
}
