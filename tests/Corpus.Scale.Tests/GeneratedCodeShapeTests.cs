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
/// quotes and paragraphs are one integer table (static data, decoded on first use), so an
/// article with ten times the annotations has the same members and the same IL, and its
/// source differs only by the numbers of that table. And reading one article creates no other.
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
    public void Emitted_source_differs_only_by_the_annotation_table_and_that_by_a_few_numbers_per_annotation()
    {
        using var light = new CompiledCorpus(Corpus(dense: false), "Light");
        using var dense = new CompiledCorpus(Corpus(dense: true), "Dense");

        Assert.Equal(light.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal), dense.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        int extraAnnotations = 3 * (Sentences - 1);
        int extraNumbers = 0;
        int extraCharacters = 0;
        foreach (string file in light.Sources.Keys)
        {
            (string lightRest, int[] lightTable) = SplitTable(light.Sources[file].Replace("Light", "NS", StringComparison.Ordinal));
            (string denseRest, int[] denseTable) = SplitTable(dense.Sources[file].Replace("Dense", "NS", StringComparison.Ordinal));

            // Everything but the table is the same text: no member, statement or literal per annotation.
            Assert.Equal(lightRest, denseRest);
            extraNumbers += denseTable.Length - lightTable.Length;
            extraCharacters += dense.Sources[file].Length - light.Sources[file].Length;
        }

        // A mention is 4 numbers today; allow a layout of up to 8 per annotation, never more.
        Assert.InRange(extraNumbers, 4 * extraAnnotations, 8 * extraAnnotations);

        // The table's numbers are small (offsets into a short text), so the source grows by a
        // few characters per number: here at most 7 ("12345, ") each.
        Assert.InRange(extraCharacters, 1, 7 * extraNumbers);
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
        Assert.Contains(lightShape, m => m.Member == "Method get_AnnotationData");
        Assert.Equal(lightShape, Shape(dense));

        // The table is static data, not an array built by IL: it is read without allocating.
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

    /// <summary>The source with the annotation table's numbers cut out, and those numbers.</summary>
    private static (string Others, int[] Table) SplitTable(string source)
    {
        Match table = Regex.Match(source, @"AnnotationData => new int\[\]\s*\{(?<numbers>[^}]*)\}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
        if (!table.Success)
        {
            return (source, Array.Empty<int>());
        }

        int[] numbers = table.Groups["numbers"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        System.Text.RegularExpressions.Group group = table.Groups["numbers"];
        return (source.Substring(0, group.Index) + source.Substring(group.Index + group.Length), numbers);
    }
}
