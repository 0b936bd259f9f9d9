using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Corpus.Model;
using Corpus.Syntax;
using Corpus.Synthetic;
using Xunit;

namespace Corpus.Scale.Tests;

/// <summary>
/// Generated code grows with articles and entities, never with text or annotations: an article's
/// mentions, quotes and paragraphs are records of the data resource, decoded on first use, so an
/// article with thirty times the annotations has exactly the same generated source. And reading one
/// article creates no other.
/// </summary>
public sealed class GeneratedCodeShapeTests
{
    private const string Registry = """
        @victor-cha person
        name: Victor Cha

        @beijing place
        name: Beijing

        @china country
        name: China
        """;

    private const int Sentences = 40;

    /// <summary>
    /// The same plain text twice: annotated lightly (the first sentence's three mentions and
    /// one quotation) or densely (every sentence's: 121 annotations, 30 times as many).
    /// </summary>
    private static string Article(bool dense)
    {
        var body = new StringBuilder();
        for (int i = 0; i < Sentences; i++)
        {
            body.Append(i == 0 || dense
                ? "[Victor Cha]{@victor-cha} spoke in [Beijing]{@beijing} about [China]{@china}. "
                : "Victor Cha spoke in Beijing about China. ");
        }

        return "---\ntitle: Talks in Beijing\npublished: 2024-10-25\n---\n" + body.ToString().TrimEnd()
            + "\n\n“We will keep talking,”{@victor-cha} he said.\n";
    }

    private static List<CorpusSourceFile> Corpus(bool dense) => new()
    {
        new CorpusSourceFile("corpus/entities.txt", Registry),
        new CorpusSourceFile("corpus/articles/talks.txt", Article(dense)),
    };

    [Fact]
    public void The_two_articles_have_the_same_text_and_ten_times_the_annotations()
    {
        ArticleFile light = CorpusCompilation.Create(Corpus(dense: false)).Articles.Single().Article;
        ArticleFile dense = CorpusCompilation.Create(Corpus(dense: true)).Articles.Single().Article;

        Assert.Equal(light.Body, dense.Body);
        Assert.Equal(3, light.Mentions.Count);
        Assert.Equal(3 * Sentences, dense.Mentions.Count);
        Assert.Single(light.Quotations);
        Assert.Single(dense.Quotations);
    }

    [Fact]
    public void Emitted_source_is_the_same_whatever_the_annotation_count()
    {
        using var light = new CompiledCorpus(Corpus(dense: false), "Light");
        using var dense = new CompiledCorpus(Corpus(dense: true), "Dense");

        // Annotations are data in the resource: not a member, a statement, a literal or a digit of C# each.
        Assert.Equal(
            light.Sources.ToDictionary(s => s.Key, s => s.Value.Replace("Light", "NS", StringComparison.Ordinal)),
            dense.Sources.ToDictionary(s => s.Key, s => s.Value.Replace("Dense", "NS", StringComparison.Ordinal)));
        Assert.True(dense.DataBytes > light.DataBytes);

        // Without #named annotations the article has no class of its own.
        Assert.Equal(typeof(Article), dense.Assembly.GetType("Dense.Articles", throwOnError: true)!.GetProperty("Talks")!.PropertyType);
        Article article = dense.Catalog.Articles[0];
        Assert.Equal(3 * Sentences, article.Mentions.Count);
        Assert.Equal("Victor Cha", article.Mentions[^3].Text);
        Assert.Equal("We will keep talking,", article.Quotes.Single().Text);
    }

    [Fact]
    public void Reading_one_article_creates_no_other_article()
    {
        using var corpus = new CompiledCorpus(SyntheticCorpus.Create(300), "Lazy");
        CorpusCatalog catalog = corpus.Catalog;
        Assert.Equal(0, CreatedArticles(catalog));

        // The typed accessor, as user code calls it: Articles.Article000150.Title.
        PropertyInfo typed = corpus.Assembly.GetType("Lazy.Articles", throwOnError: true)!.GetProperty("Article000150")!;
        var article = (Article)typed.GetValue(null)!;
        Assert.Equal("article-000150", article.Id);
        Assert.NotEmpty(article.Title);
        Assert.NotEmpty(article.Quotes);
        Assert.Equal(1, CreatedArticles(catalog));

        // Finding by id binary-searches the ids; it does not create the articles it passes.
        Assert.Equal("article-000299", catalog.FindArticle("article-000299")!.Id);
        Assert.Null(catalog.FindArticle("article-999999"));
        Assert.Equal(2, CreatedArticles(catalog));
        Assert.Same(article, catalog.GetArticle(150));
    }

    /// <summary>How many of the catalog's article slots are filled (it creates each on first read).</summary>
    private static int CreatedArticles(CorpusCatalog catalog)
    {
        FieldInfo slots = typeof(CorpusCatalog).GetField("_articles", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("CorpusCatalog no longer keeps its articles in _articles; update this test.");
        return ((Article?[])slots.GetValue(catalog)!).Count(a => a is not null);
    }
}
