using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Cli.Console;
using Corpus.Cli.Export;
using Corpus.Syntax;

namespace Corpus.Cli.Render;

/// <summary>
/// <c>corpus render</c>: a static site, readable without JavaScript. <c>index.html</c> lists
/// the articles, <c>articles/{id}.html</c> shows one annotated article,
/// <c>entities.html</c> lists the entities by kind and <c>entities/{id}.html</c> shows
/// an entity's quotes and mentions across the corpus; <c>style.css</c> is shared.
/// </summary>
internal static class HtmlRenderer
{
    /// <summary>Writes the site; returns the number of pages.</summary>
    public static int Render(LoadedCorpus corpus, string outputDirectory, ProgressScope progress)
    {
        var articles = new Dictionary<string, ArticleFile>(StringComparer.Ordinal);
        foreach (ArticleFile article in corpus.Articles)
        {
            articles[article.Id!] = article;
        }

        OutputFiles.Write(Path.Combine(outputDirectory, SitePaths.Style), SiteStyle.Css());
        OutputFiles.Write(Path.Combine(outputDirectory, SitePaths.Index), IndexPages.Articles(corpus));
        OutputFiles.Write(Path.Combine(outputDirectory, SitePaths.EntityIndex), IndexPages.Entities(corpus));
        int pages = 2;

        ProgressStep articleStep = progress.Start("Rendering " + corpus.Articles.Count + " articles", corpus.Articles.Count);
        foreach (ArticleFile article in corpus.Articles)
        {
            OutputFiles.Write(Path.Combine(outputDirectory, SitePaths.Article(article.Id!)), ArticlePage.Render(article, corpus.Entities));
            pages++;
            articleStep.Advance();
        }

        articleStep.Complete();
        ProgressStep entityStep = progress.Start("Rendering " + corpus.Index.Entities.Count + " entities", corpus.Index.Entities.Count);
        foreach (EntityUsage usage in corpus.Index.Entities)
        {
            OutputFiles.Write(Path.Combine(outputDirectory, SitePaths.Entity(usage.Entity.Id)), EntityPage.Render(usage, corpus.Entities, articles));
            pages++;
            entityStep.Advance();
        }

        entityStep.Complete();
        return pages;
    }
}
