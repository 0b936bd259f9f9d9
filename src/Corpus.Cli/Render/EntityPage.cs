using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Cli.Stats;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Cli.Render;

/// <summary>
/// One entity: its registry entry, every quote it is credited with, and every mention,
/// grouped by article, each linking to its place in the article.
/// </summary>
internal static class EntityPage
{
    private const string Root = "../";
    private const int ContextWidth = 50;

    public static string Render(EntityUsage usage, EntityTable entities, IReadOnlyDictionary<string, ArticleFile> articles)
    {
        EntityDeclaration entity = usage.Entity;
        StringBuilder html = PageLayout.Begin(entity.Name, Root);
        html.Append("<h1>").Text(entity.Name).Append("</h1>\n<p>").Append(PageLayout.KindBadge(entity.Kind)).Append(" <code>@").Text(entity.Id).Append("</code></p>\n");
        if (entity.Description is not null)
        {
            html.Append("<p>").Text(entity.Description).Append("</p>\n");
        }

        html.Append("<dl class=\"meta\">\n");
        if (entity.Aliases.Count > 0)
        {
            html.Append("<dt>Aliases</dt><dd>").Text(string.Join("; ", entity.Aliases)).Append("</dd>\n");
        }

        if (entity.Affiliations.Count > 0)
        {
            html.Append("<dt>Affiliations</dt><dd>");
            for (int i = 0; i < entity.Affiliations.Count; i++)
            {
                EntityDeclaration? other = entities.Find(entity.Affiliations[i].Id);
                html.Append(i > 0 ? ", " : string.Empty);
                if (other is null)
                {
                    html.Text(entity.Affiliations[i].Id);
                }
                else
                {
                    html.Append("<a href=\"").Append(Root).Append(SitePaths.Entity(other.Id)).Append("\">").Text(other.Name).Append("</a>");
                }
            }

            html.Append("</dd>\n");
        }

        if (entity.WikidataId is not null)
        {
            html.Append("<dt>Wikidata</dt><dd><a href=\"https://www.wikidata.org/wiki/").Text(entity.WikidataId).Append("\">").Text(entity.WikidataId).Append("</a></dd>\n");
        }

        html.Append("<dt>Uses</dt><dd>").Append(LoadedCorpus.Plural(usage.Mentions.Count, "mention")).Append(", ")
            .Append(LoadedCorpus.Plural(usage.Quotes.Count, "quote")).Append(", ").Append(LoadedCorpus.Plural(usage.ArticleIds.Count, "article")).Append("</dd>\n");
        html.Append("</dl>\n");

        if (usage.Quotes.Count > 0)
        {
            html.Append("<h2>Quotes</h2>\n");
            foreach (QuoteRef quote in usage.Quotes)
            {
                html.Append("<blockquote id=\"").Append(quote.Article.Id).Append('-').Append(SitePaths.QuoteAnchor(quote.Index)).Append("\">").Text(quote.Quote.Text);
                html.Append("<span class=\"where\">").Append(quote.Quote.Kind.ToKeyword()).Append(" · <a href=\"").Append(Root).Append(SitePaths.Article(quote.Article.Id!))
                    .Append('#').Append(SitePaths.QuoteAnchor(quote.Index)).Append("\">").Text(quote.Article.Title).Append("</a></span></blockquote>\n");
            }
        }

        if (usage.Mentions.Count > 0)
        {
            html.Append("<h2>Mentions</h2>\n");
            string? currentArticle = null;
            foreach (MentionRef mention in usage.Mentions)
            {
                if (!string.Equals(currentArticle, mention.Article.Id, StringComparison.Ordinal))
                {
                    if (currentArticle is not null)
                    {
                        html.Append("</ul>\n");
                    }

                    currentArticle = mention.Article.Id;
                    html.Append("<h3><a href=\"").Append(Root).Append(SitePaths.Article(currentArticle!)).Append("\">").Text(mention.Article.Title).Append("</a></h3>\n<ul class=\"uses\">\n");
                }

                string text = mention.Article.GetFieldText(mention.Mention.Field);
                int start = mention.Mention.Start;
                int end = start + mention.Mention.Length;
                (int before, int after) = Context(text, start, end);
                html.Append("<li><span class=\"context\">").Append(before > 0 ? "…" : string.Empty).Text(Flat(text.Substring(before, start - before))).Append("</span>");
                html.Append("<a class=\"mention k-").Append(entity.Kind.ToKeyword()).Append("\" href=\"").Append(Root).Append(SitePaths.Article(currentArticle!))
                    .Append('#').Append(SitePaths.MentionAnchor(mention.Index)).Append("\">").Text(mention.Mention.Text).Append("</a>");
                html.Append("<span class=\"context\">").Text(Flat(text.Substring(end, after - end))).Append(after < text.Length ? "…" : string.Empty).Append("</span>");
                if (mention.Mention.Field != ArticleFields.Body)
                {
                    html.Append(" <em>(").Text(mention.Mention.Field).Append(")</em>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        var cited = new List<string>();
        foreach (string id in usage.ArticleIds)
        {
            if (articles.TryGetValue(id, out ArticleFile? article) && article.SourceEntity?.Id == entity.Id)
            {
                cited.Add(id);
            }
        }

        if (cited.Count > 0)
        {
            html.Append("<h2>Source of</h2>\n<ul class=\"uses\">\n");
            foreach (string id in cited)
            {
                html.Append("<li><a href=\"").Append(Root).Append(SitePaths.Article(id)).Append("\">").Text(articles[id].Title).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        return PageLayout.End(html);
    }

    /// <summary>About <see cref="ContextWidth"/> characters either side, cut at a space so that no word is broken.</summary>
    private static (int Before, int After) Context(string text, int start, int end)
    {
        int before = Math.Max(0, start - ContextWidth);
        if (before > 0)
        {
            int space = text.IndexOf(' ', before, start - before);
            before = space < 0 ? start : space + 1;
        }

        int after = Math.Min(text.Length, end + ContextWidth);
        if (after < text.Length)
        {
            int space = text.LastIndexOf(' ', after - 1, after - end);
            after = space < 0 ? end : space;
        }

        return (before, after);
    }

    private static string Flat(string text) => text.Replace("\n\n", " ¶ ", StringComparison.Ordinal);
}
