using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class FrontMatterTests
{
    private const string Full = """
        ---
        id: china-may-chafe
        title: China May Chafe as North Korea Sends Soldiers
        summary: North Korea’s decision to help [Russia]{@russia} may put [China]{@china} in a tough spot.
        source: @new-york-times
        byline: David Pierson; Olivia Wang ;
        published: 2024-10-25
        updated: 2024-02-29
        language: en-GB
        tags: china; north-korea
        image: [Kim Jong-un]{@kim-jong-un}, left, and “We are one.”{@kim-jong-un #pic}
        image-credit: Yan Yan/[Xinhua]{@xinhua}, via Associated Press
        note: The “lips and teeth”{term} phrase.
        x-desk: Foreign
        x-a: first: really
        ---
        Body.
        """;

    [Fact]
    public void A_full_front_matter_parses_without_diagnostics()
    {
        DiagnosticAssert.None(TestCorpus.Article(Full, "corpus/Some File.txt").Diagnostics);
    }

    [Fact]
    public void The_id_line_overrides_the_file_name()
    {
        ArticleFile article = TestCorpus.Article(Full, "corpus/Some File.txt");

        Assert.Equal("china-may-chafe", article.Id);
        Assert.Equal((2, 5, 15), (article.IdSpan.Line, article.IdSpan.Column, article.IdSpan.Length));
    }

    [Theory]
    [InlineData("corpus/news/china-may-chafe.txt", "china-may-chafe")]
    [InlineData("corpus\\news\\2024-10-nyt-china.txt", "2024-10-nyt-china")]
    [InlineData("china.TXT", "china")]
    [InlineData("corpus/x.y/no-extension", "no-extension")]
    public void The_id_defaults_to_the_file_name_without_txt(string path, string id)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n---\nBody.\n", path);

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(id, article.Id);
        Assert.Equal(path, article.FilePath);
    }

    [Fact]
    public void The_title_is_plain_text_and_an_annotation_in_it_is_CG0111()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: China May Chafe as [North Korea]{@north-korea} Sends Soldiers [the North]\n---\n");

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0111",
            DiagnosticSeverity.Error,
            2,
            40,
            "The annotation '{@north-korea}' is not allowed in 'title', which is plain text; annotations are allowed in summary, image, image-credit and note",
            14);
        Assert.Equal("China May Chafe as [North Korea]{@north-korea} Sends Soldiers [the North]", article.Title);
        Assert.Empty(article.Mentions);
    }

    [Fact]
    public void Annotated_fields_are_plain_text_in_field_order()
    {
        ArticleFile article = TestCorpus.Article(Full);

        Assert.Equal(
            new[]
            {
                ("summary", "North Korea’s decision to help Russia may put China in a tough spot."),
                ("image", "Kim Jong-un, left, and “We are one.”"),
                ("image-credit", "Yan Yan/Xinhua, via Associated Press"),
                ("note", "The “lips and teeth” phrase."),
            },
            article.Fields.Select(f => (f.Name, f.Text)));
        Assert.Equal("Yan Yan/Xinhua, via Associated Press", article.GetFieldText(ArticleFields.ImageCredit));
        Assert.Equal("Body.", article.GetFieldText(ArticleFields.Body));
        Assert.Equal(string.Empty, TestCorpus.Body("x").GetFieldText(ArticleFields.Note));
    }

    [Fact]
    public void Mentions_in_fields_carry_the_field_and_offsets_in_its_text()
    {
        ArticleFile article = TestCorpus.Article(Full);
        string summary = article.GetFieldText(ArticleFields.Summary);

        Assert.Equal(
            new[]
            {
                ("summary", summary.IndexOf("Russia", System.StringComparison.Ordinal), 6, "Russia", "russia"),
                ("summary", summary.IndexOf("China", System.StringComparison.Ordinal), 5, "China", "china"),
                ("image", 0, 11, "Kim Jong-un", "kim-jong-un"),
                ("image-credit", 8, 6, "Xinhua", "xinhua"),
            },
            article.Mentions.Select(m => (m.Field, m.Start, m.Length, m.Text, m.Entity.Id)));
        MentionSyntax russia = article.Mentions[0];
        Assert.Equal((4, 41), (russia.Span.Line, russia.Span.Column));
        Assert.Equal((4, 50), (russia.Entity.Span.Line, russia.Entity.Span.Column));
    }

    [Fact]
    public void Quotations_and_terms_in_fields_carry_the_field_and_no_paragraph()
    {
        ArticleFile article = TestCorpus.Article(Full);

        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal(("image", 24, 11, "We are one.", "kim-jong-un", "pic", -1), (quote.Field, quote.Start, quote.Length, quote.Text, quote.Speaker!.Id, quote.Name, quote.Paragraph));
        TermSyntax term = Assert.Single(article.Terms);
        Assert.Equal(("note", 5, 14, "lips and teeth"), (term.Field, term.Start, term.Length, term.Text));
    }

    [Fact]
    public void Source_is_an_entity_reference_when_it_starts_with_at()
    {
        ArticleFile article = TestCorpus.Article(Full);

        Assert.Null(article.Source);
        Assert.Equal("new-york-times", article.SourceEntity!.Id);
        Assert.Equal((5, 9, 15), (article.SourceEntity.Span.Line, article.SourceEntity.Span.Column, article.SourceEntity.Span.Length));
    }

    [Fact]
    public void Source_is_plain_text_otherwise()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsource: Sample Wire @ Home\n---\n");

        Assert.Equal("Sample Wire @ Home", article.Source);
        Assert.Null(article.SourceEntity);
    }

    [Fact]
    public void Byline_is_split_by_semicolons()
    {
        Assert.Equal(new[] { "David Pierson", "Olivia Wang" }, TestCorpus.Article(Full).Byline);
    }

    [Fact]
    public void A_single_author_byline_keeps_commas()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nbyline: Pierson, David\n---\n");

        Assert.Equal(new[] { "Pierson, David" }, article.Byline);
    }

    [Fact]
    public void Dates_language_and_tags()
    {
        ArticleFile article = TestCorpus.Article(Full);

        Assert.Equal("2024-10-25", article.Published);
        Assert.Equal("2024-02-29", article.Updated);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal(new[] { "china", "north-korea" }, article.Tags);
    }

    [Fact]
    public void Absent_keys_have_defaults()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n---\nBody.\n");

        Assert.Equal("T", article.Title);
        Assert.Null(article.Published);
        Assert.Null(article.Updated);
        Assert.Null(article.Source);
        Assert.Null(article.SourceEntity);
        Assert.Equal("en", article.Language);
        Assert.Empty(article.Byline);
        Assert.Empty(article.Tags);
        Assert.Empty(article.Metadata);
        Assert.Empty(article.Fields);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr-CA")]
    [InlineData("zh-Hant-TW")]
    [InlineData("yue")]
    [InlineData("es-419")]
    public void Well_formed_language_tags_are_kept(string tag)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nlanguage: " + tag + "\n---\n");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(tag, article.Language);
    }

    [Fact]
    public void Custom_x_keys_are_metadata_sorted_by_key()
    {
        ArticleFile article = TestCorpus.Article(Full);

        Assert.Equal(new[] { ("x-a", "first: really"), ("x-desk", "Foreign") }, article.Metadata.Select(m => (m.Key, m.Value)));
    }

    [Fact]
    public void Custom_metadata_values_are_plain_text()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nx-note: “raw”{@x} [a]{@b}\n---\n");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("“raw”{@x} [a]{@b}", Assert.Single(article.Metadata).Value);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void Keys_and_values_may_be_surrounded_by_blanks()
    {
        ArticleFile article = TestCorpus.Article("---  \n  title :  Spaced out \t\n---\t\nBody.\n");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("Spaced out", article.Title);
        Assert.Equal("Body.", article.Body);
    }

    [Fact]
    public void Without_front_matter_the_whole_file_is_body()
    {
        ArticleFile article = TestCorpus.Article("title: T\n\nBody.\n");

        Assert.Null(article.Title);
        Assert.Equal("title: T\n\nBody.", article.Body);
    }

    [Fact]
    public void Front_matter_only_gives_an_empty_body()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n---\n");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(string.Empty, article.Body);
        Assert.Empty(article.Paragraphs);
    }

    [Fact]
    public void NFC_applies_to_annotated_fields_and_their_offsets()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsummary: Cafe\u0301 [Z]{@z}\n---\n");

        Assert.Equal("Caf\u00E9 Z", article.GetFieldText(ArticleFields.Summary));
        Assert.Equal((5, 1), (article.Mentions[0].Start, article.Mentions[0].Length));
    }

    [Fact]
    public void NFC_applies_to_plain_front_matter_values()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: Cafe\u0301\nbyline: Jose\u0301\nsource: Le Cafe\u0301\nx-desk: Cafe\u0301\n---\n");

        Assert.Equal("Caf\u00E9", article.Title);
        Assert.Equal("Jos\u00E9", Assert.Single(article.Byline));
        Assert.Equal("Le Caf\u00E9", article.Source);
        Assert.Equal("Caf\u00E9", Assert.Single(article.Metadata).Value);
    }
}
