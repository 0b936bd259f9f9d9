using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Model;
using Corpus.Syntax;
using Corpus.Synthetic;
using Xunit;

namespace Corpus.Scale.Tests;

/// <summary>
/// Generated code grows with text and articles, not with annotations: an article's mentions,
/// quotes and paragraphs are numbers in its record (digits in its group's UTF-8 data literal,
/// decoded on first use), so an article with thirty times the annotations has the same class,
/// the same members and the same IL, and its source differs only by the digits of its record.
/// And reading one article creates no other.
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
    public void Emitted_source_differs_only_by_the_records_digits_and_those_by_a_few_bytes_per_annotation()
    {
        using var light = new CompiledCorpus(Corpus(dense: false), "Light");
        using var dense = new CompiledCorpus(Corpus(dense: true), "Dense");

        Assert.Equal(light.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal), dense.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        int extraAnnotations = 3 * (Sentences - 1);
        int compared = 0;
        foreach (string file in light.Sources.Keys)
        {
            (string lightRest, string lightData) = SplitData(light.Sources[file].Replace("Light", "NS", StringComparison.Ordinal));
            (string denseRest, string denseData) = SplitData(dense.Sources[file].Replace("Dense", "NS", StringComparison.Ordinal));

            // Everything but the data literal is the same text: no member, statement or literal per annotation.
            Assert.Equal(lightRest, denseRest);
            if (lightData.Length == 0)
            {
                continue;
            }

            // The data is the same texts, then the record: the dense record is longer, and only by digits.
            compared++;
            int shared = CommonPrefix(lightData, denseData);
            string grown = denseData.Substring(shared);
            Assert.True(shared >= light.Catalog.Articles[0].Text.Length, "The texts are the same in both, so the literals share at least the body.");
            Assert.All(grown, c => Assert.InRange(c, (char)0x3C, (char)0x7C));
            Assert.DoesNotContain('\\', grown);

            // A mention is 6 numbers of 1 to 3 base-32 digits each (offsets into a short text).
            int extra = denseData.Length - lightData.Length;
            Assert.InRange(extra, 6 * extraAnnotations, 3 * 6 * extraAnnotations);
        }

        Assert.Equal(1, compared);
    }

    [Fact]
    public void Article_classes_have_the_same_members_and_the_same_IL_whatever_their_annotation_count()
    {
        using var light = new CompiledCorpus(Corpus(dense: false), "Light");
        using var dense = new CompiledCorpus(Corpus(dense: true), "Dense");

        IReadOnlyList<(string Member, int IL)> Shape(CompiledCorpus corpus) => corpus.ArticleType("Talks")
            .GetMembers(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Select(m => (m.MemberType + " " + m.Name, m is MethodBase method ? method.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0 : 0))
            .OrderBy(m => m.Item1, StringComparer.Ordinal)
            .ToList();

        IReadOnlyList<(string Member, int IL)> lightShape = Shape(light);
        // The class declares its constructor only (it has no #named annotation): its data is in its group's store.
        Assert.Equal(new[] { "Constructor .ctor" }, lightShape.Select(m => m.Member));
        Assert.Equal(lightShape, Shape(dense));

        // The record is static data in a UTF-8 literal, decoded on first use.
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

    /// <summary>The source with its data literals' contents cut out, and those contents joined.</summary>
    private static (string Others, string Data) SplitData(string source)
    {
        var data = new StringBuilder();
        string others = Regex.Replace(source, @"(?<head>Chunk[0-9]+ => "")(?<data>(?:[^""\\]|\\.)*)(?<tail>""u8;)", m =>
        {
            data.Append(m.Groups["data"].Value);
            return m.Groups["head"].Value + m.Groups["tail"].Value;
        }, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
        return (others, data.ToString());
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
