using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Render;

/// <summary>The site's two index pages: the articles (the home page) and the entities by kind.</summary>
internal static class IndexPages
{
    public static string Articles(LoadedCorpus corpus)
    {
        StringBuilder html = PageLayout.Begin("Articles", string.Empty);
        int quotes = 0, mentions = 0;
        foreach (ArticleFile article in corpus.Articles)
        {
            quotes += article.Quotations.Count;
            mentions += article.Mentions.Count;
        }

        html.Append("<h1>Articles</h1>\n<p>")
            .Append(LoadedCorpus.Plural(corpus.Articles.Count, "article")).Append(", ")
            .Append("<a href=\"").Append(SitePaths.EntityIndex).Append("\">").Append(LoadedCorpus.Plural(corpus.Entities.Entities.Count, "entity", "entities")).Append("</a>, ")
            .Append(LoadedCorpus.Plural(mentions, "mention")).Append(", ").Append(LoadedCorpus.Plural(quotes, "quotation")).Append(".</p>\n");
        PageLayout.Legend(html);
        html.Append("<table class=\"list\">\n<thead><tr><th>Title</th><th>Source</th><th>Published</th><th class=\"n\">Words</th><th class=\"n\">Mentions</th><th class=\"n\">Quotes</th></tr></thead>\n<tbody>\n");
        foreach (ArticleFile article in corpus.Articles)
        {
            string source = article.SourceEntity is not null && corpus.Entities.Find(article.SourceEntity.Id) is { } entity ? entity.Name : article.Source ?? string.Empty;
            html.Append("<tr><td><a href=\"").Append(SitePaths.Article(article.Id!)).Append("\">").Text(article.Title).Append("</a></td>");
            html.Append("<td>").Text(source).Append("</td><td>").Text(article.Published).Append("</td>");
            html.Append("<td class=\"n\">").Append(N(Text.WordCounter.Count(article.Body))).Append("</td>");
            html.Append("<td class=\"n\">").Append(N(article.Mentions.Count)).Append("</td><td class=\"n\">").Append(N(article.Quotations.Count)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return PageLayout.End(html);
    }

    public static string Entities(LoadedCorpus corpus)
    {
        StringBuilder html = PageLayout.Begin("Entities", string.Empty);
        html.Append("<h1>Entities</h1>\n<p>Every entity of the registry, by kind, with how often the corpus mentions and quotes it.</p>\n");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            var rows = new List<EntityUsage>();
            foreach (EntityUsage usage in corpus.Index.Entities)
            {
                if (usage.Entity.Kind == kind)
                {
                    rows.Add(usage);
                }
            }

            if (rows.Count == 0)
            {
                continue;
            }

            html.Append("<h2 id=\"").Append(kind.ToKeyword()).Append("\">").Append(PageLayout.KindBadge(kind)).Append(' ').Append(LoadedCorpus.Plural(rows.Count, "entity", "entities")).Append("</h2>\n");
            html.Append("<table class=\"list\">\n<thead><tr><th>Name</th><th>Id</th><th class=\"n\">Mentions</th><th class=\"n\">Quotes</th><th class=\"n\">Articles</th></tr></thead>\n<tbody>\n");
            foreach (EntityUsage usage in rows)
            {
                html.Append("<tr><td><a class=\"mention k-").Append(kind.ToKeyword()).Append("\" href=\"").Append(SitePaths.Entity(usage.Entity.Id)).Append("\">").Text(usage.Entity.Name).Append("</a></td>");
                html.Append("<td><code>").Text(usage.Entity.Id).Append("</code></td>");
                html.Append("<td class=\"n\">").Append(N(usage.Mentions.Count)).Append("</td><td class=\"n\">").Append(N(usage.Quotes.Count)).Append("</td><td class=\"n\">").Append(N(usage.ArticleIds.Count)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        return PageLayout.End(html);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
