using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class FrontMatterDiagnosticsTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    [InlineData("\r\n\r\n")]
    public void CG0001_empty_article(string text)
    {
        ArticleFile article = TestCorpus.Article(text);

        DiagnosticAssert.Single(article.Diagnostics, "CG0001", Warning, 1, 1, "The corpus file 'test-article.txt' is empty", 0);
        Assert.Null(article.Id);
        Assert.Equal(string.Empty, article.Body);
    }

    [Fact]
    public void CG0001_an_empty_article_is_not_generated_and_nothing_else_is_reported()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/empty.txt", "\n"));

        DiagnosticAssert.Single(compilation.Diagnostics, "CG0001", Warning, 1, 1, "The corpus file 'empty.txt' is empty", 0);
        Assert.Empty(compilation.Articles);
    }

    [Fact]
    public void CG0002_replacement_character_in_an_article()
    {
        ArticleFile article = TestCorpus.Body("Bad \uFFFD byte here and more text after it.\n");

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0002",
            Warning,
            4,
            5,
            "The file holds a replacement character (U+FFFD): it is probably not valid UTF-8 near 'Bad \uFFFD byte here and '",
            1);
    }

    [Fact]
    public void CG0002_replacement_character_in_a_registry_shows_ten_characters_either_side()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: The quick brown \uFFFD fox jumps over\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0002",
            Warning,
            2,
            23,
            "The file holds a replacement character (U+FFFD): it is probably not valid UTF-8 near 'ick brown \uFFFD fox jump'",
            1);
    }

    [Fact]
    public void CG0003_an_article_over_fifty_million_characters_is_not_parsed()
    {
        string text = "---\ntitle: T\n---\n" + new string('a', 50_000_000);

        ArticleFile article = TestCorpus.Article(text);

        DiagnosticAssert.Single(article.Diagnostics, "CG0003", Error, 1, 1, "The file is 50,000,017 characters long; files over 50,000,000 characters are not compiled", 0);
        Assert.Null(article.Id);
        Assert.Null(article.Title);
        Assert.Equal(string.Empty, article.Body);
    }

    [Fact]
    public void CG0003_a_registry_over_fifty_million_characters_is_not_parsed()
    {
        string text = "@a person\nname: A\n" + new string('#', 50_000_000);

        RegistryFile registry = TestCorpus.Registry(text);

        DiagnosticAssert.Single(registry.Diagnostics, "CG0003", Error, 1, 1, "The file is 50,000,018 characters long; files over 50,000,000 characters are not compiled", 0);
        Assert.Empty(registry.Entities);
    }

    [Fact]
    public void CG0002_is_reported_once_per_file()
    {
        ArticleFile article = TestCorpus.Body("S\uFFFDo Paulo\n\nBogot\uFFFD and Bras\uFFFDlia.\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0002", Warning, 4, 2, "The file holds a replacement character (U+FFFD): it is probably not valid UTF-8 near 'S\uFFFDo Paulo'", 1);
    }

    [Fact]
    public void CG0005_stray_byte_order_marks_each_at_their_line_and_none_for_the_first_character()
    {
        // Two registries pasted together: the second's mark now starts line 4.
        RegistryFile registry = TestCorpus.Registry("\uFEFF@a person\nname: A\n\n\uFEFF@b person\nname: B\uFEFF\n");

        Assert.Collection(
            registry.Diagnostics,
            d => DiagnosticAssert.Is(d, "CG0005", Warning, 4, 1, "A byte-order mark (U+FEFF) stands inside the text, near '@b person': files were probably pasted together; delete it", 1),
            d => DiagnosticAssert.Is(d, "CG0005", Warning, 5, 8, "A byte-order mark (U+FEFF) stands inside the text, near 'name: B': files were probably pasted together; delete it", 1));
        Assert.Equal(new[] { ("a", "A"), ("b", "B\uFEFF") }, registry.Entities.Select(e => (e.Id, e.Name)));
    }

    [Fact]
    public void CG0005_a_mark_before_a_front_matter_key_does_not_hide_the_key()
    {
        ArticleFile article = TestCorpus.Article("---\n\uFEFFtitle: T\n---\nBody.\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0005", Warning, 2, 1, "A byte-order mark (U+FEFF) stands inside the text, near 'title: T': files were probably pasted together; delete it", 1);
        Assert.Equal("T", article.Title);
    }

    [Theory]
    [InlineData("title: Talks with [Xi]{@xi-jinping} end", 2, 23, "{@xi-jinping}", "title")]
    [InlineData("byline: [David Pierson]{@david-pierson}", 2, 24, "{@david-pierson}", "byline")]
    [InlineData("source: The Times {says @nyt}", 2, 19, "{says @nyt}", "source")]
    [InlineData("title: A “deal”{term}", 2, 16, "{term}", "title")]
    public void CG0111_annotation_in_a_plain_text_field(string line, int row, int column, string annotation, string key)
    {
        ArticleFile article = TestCorpus.Article("---\n" + line + (key == "title" ? string.Empty : "\ntitle: T") + "\n---\n");

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0111",
            Error,
            row,
            column,
            "The annotation '" + annotation + "' is not allowed in '" + key + "', which is plain text; annotations are allowed in summary, image, image-credit and note",
            annotation.Length);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
        Assert.Empty(article.Terms);
    }

    [Fact]
    public void CG0111_is_not_reported_for_braces_that_are_no_annotation_or_for_x_values()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: Sets {a, b} and [the North]\nx-raw: [A]{@a}\nsource: @nyt\n---\n");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("Sets {a, b} and [the North]", article.Title);
    }

    [Fact]
    public void CG0100_missing_title()
    {
        ArticleFile article = TestCorpus.Article("---\nsummary: S\n---\nBody.\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0100", Error, 1, 1, "The article 'test-article' has no 'title:' in its front matter", 0);
    }

    [Fact]
    public void CG0100_missing_front_matter()
    {
        ArticleFile article = TestCorpus.Article("Just a body.\n", "corpus/just-a-body.txt");

        DiagnosticAssert.Single(article.Diagnostics, "CG0100", Error, 1, 1, "The article 'just-a-body' has no 'title:' in its front matter", 0);
        Assert.Equal("Just a body.", article.Body);
    }

    [Fact]
    public void CG0100_names_the_id_from_the_front_matter()
    {
        ArticleFile article = TestCorpus.Article("---\nid: real-id\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0100", Error, 1, 1, "The article 'real-id' has no 'title:' in its front matter");
    }

    [Fact]
    public void CG0100_an_article_without_title_is_not_generated()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/a.txt", "---\nsummary: S\n---\nBody.\n"));

        Assert.Empty(compilation.Articles);
    }

    [Fact]
    public void CG0101_unclosed_front_matter()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nlanguage: fr\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0101", Error, 1, 1, "The front matter opened by '---' is never closed by a second '---' line", 3);
        Assert.Equal("T", article.Title);
        Assert.Equal("fr", article.Language);
        Assert.Equal(string.Empty, article.Body);
    }

    [Theory]
    [InlineData("titel", "Unknown front-matter key 'titel' (did you mean 'title'?)")]
    [InlineData("bylines", "Unknown front-matter key 'bylines' (did you mean 'byline'?)")]
    [InlineData("imagecredit", "Unknown front-matter key 'imagecredit' (did you mean 'image-credit'?)")]
    [InlineData("Summary", "Unknown front-matter key 'Summary' (did you mean 'summary'?)")]
    [InlineData("colour", "Unknown front-matter key 'colour'")]
    public void CG0102_unknown_key(string key, string message)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n" + key + ": value\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0102", Warning, 3, 1, message, key.Length);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("2024-1-05")]
    [InlineData("24-10-05")]
    [InlineData("2024/10/05")]
    [InlineData("2024-10-05T10:00")]
    [InlineData("October 5, 2024")]
    public void CG0103_invalid_published_date(string value)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\npublished: " + value + "\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0103", Error, 3, 12, "'" + value + "' is not a date in the form yyyy-MM-dd (key 'published')", value.Length);
        Assert.Null(article.Published);
    }

    [Fact]
    public void CG0103_invalid_updated_date()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\npublished: 2024-10-25\nupdated:  yesterday\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0103", Error, 4, 11, "'yesterday' is not a date in the form yyyy-MM-dd (key 'updated')", 9);
        Assert.Equal("2024-10-25", article.Published);
        Assert.Null(article.Updated);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("12")]
    [InlineData("en-toolongsubtag")]
    public void CG0104_malformed_language_tag(string value)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nlanguage: " + value + "\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0104", Warning, 3, 11, "'" + value + "' is not a well-formed BCP 47 language tag", value.Length);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void CG0105_invalid_tags_each_at_their_column()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\ntags: ok; Not_Ok; also-ok;  -bad\n---\n");

        Assert.Collection(
            article.Diagnostics,
            d => DiagnosticAssert.Is(d, "CG0105", Warning, 3, 11, "The tag 'Not_Ok' is not kebab-case (a-z, 0-9 and single hyphens)", 6),
            d => DiagnosticAssert.Is(d, "CG0105", Warning, 3, 29, "The tag '-bad' is not kebab-case (a-z, 0-9 and single hyphens)", 4));
        Assert.Equal(new[] { "ok", "also-ok" }, article.Tags);
    }

    [Theory]
    [InlineData("just text", 1)]
    [InlineData(": nothing", 1)]
    [InlineData("  two words: x", 3)]
    [InlineData("@victor-cha person", 1)]
    public void CG0106_malformed_front_matter_line(string line, int column)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n" + line + "\n---\n");

        string shown = line.Trim();
        DiagnosticAssert.Single(article.Diagnostics, "CG0106", Error, 3, column, "Expected 'key: value' in the front matter, found '" + shown + "'", shown.Length);
    }

    [Fact]
    public void CG0107_duplicate_key_keeps_the_first_value()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: First\n title: Second\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0107", Warning, 3, 2, "The key 'title' is given more than once; the first value is used", 5);
        Assert.Equal("First", article.Title);
    }

    [Fact]
    public void CG0107_duplicate_annotated_field_adds_no_second_set_of_mentions()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsummary: [A]{@a}\nsummary: [B]{@b}\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0107", Warning, 4, 1, "The key 'summary' is given more than once; the first value is used", 7);
        Assert.Equal("a", Assert.Single(article.Mentions).Entity.Id);
    }

    [Fact]
    public void CG0108_invalid_id_key()
    {
        ArticleFile article = TestCorpus.Article("---\nid: Bad_Id\ntitle: T\n---\n", "corpus/valid-name.txt");

        DiagnosticAssert.Single(article.Diagnostics, "CG0108", Error, 2, 5, "The article id 'Bad_Id' is not kebab-case (did you mean 'bad-id'?)", 6);
        Assert.Null(article.Id);
    }

    [Fact]
    public void CG0108_invalid_file_name_suggests_an_id_line()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n---\n", "corpus/My Article.txt");

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0108",
            Error,
            1,
            1,
            "The article id 'My Article' is not kebab-case (the file name is not a valid id: add an 'id:' line to the front matter, e.g. 'id: my-article')",
            0);
        Assert.Null(article.Id);
    }

    [Fact]
    public void CG0108_invalid_file_name_without_a_usable_suggestion()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n---\n", "corpus/---.txt");

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0108",
            Error,
            1,
            1,
            "The article id '---' is not kebab-case (the file name is not a valid id: add an 'id:' line to the front matter)",
            0);
    }

    [Fact]
    public void CG0108_an_article_with_an_invalid_id_is_not_generated()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/My Article.txt", "---\ntitle: T\n---\n"));

        Assert.Empty(compilation.Articles);
        Assert.Equal("CG0108", Assert.Single(compilation.Diagnostics).Id);
    }

    [Theory]
    [InlineData("summary:", 7)]
    [InlineData("summary:   \t", 7)]
    [InlineData("byline:", 6)]
    public void CG0110_empty_value(string line, int keyLength)
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\n" + line + "\n---\n");

        string key = line.Substring(0, keyLength);
        DiagnosticAssert.Single(article.Diagnostics, "CG0110", Warning, 3, 1, "The key '" + key + "' has no value", keyLength);
    }

    [Fact]
    public void CG0100_an_empty_title_is_one_missing_title_at_the_key()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle:\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0100", Error, 2, 1, "The article 'test-article' has no 'title:' in its front matter ('title:' has no value)", 5);
    }

    [Fact]
    public void CG0309_invalid_source_reference()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsource: @New_York_Times\n---\n");

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0309",
            Error,
            3,
            9,
            "'@New_York_Times' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@new-york-times'?)",
            15);
        Assert.Null(article.SourceEntity);
        Assert.Null(article.Source);
    }

    [Fact]
    public void CG0109_duplicate_article_id_across_two_files()
    {
        const string text = "---\nid: same\ntitle: T\n---\nBody.\n";
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/z/first.txt", text), ("corpus/a/second.txt", text));

        CorpusDiagnostic diagnostic = DiagnosticAssert.Single(
            compilation.Diagnostics,
            "CG0109",
            Error,
            2,
            5,
            "The article id 'same' is already used by corpus/a/second.txt",
            4);
        Assert.Equal("corpus/z/first.txt", diagnostic.FilePath);
        Assert.Equal("corpus/a/second.txt", Assert.Single(compilation.Articles).Article.FilePath);
    }

    [Fact]
    public void CG0109_duplicate_article_id_from_file_names_is_at_line_1_column_1()
    {
        const string text = "---\ntitle: T\n---\nBody.\n";
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/b/dup.txt", text), ("corpus/a/dup.txt", text));

        CorpusDiagnostic diagnostic = DiagnosticAssert.Single(compilation.Diagnostics, "CG0109", Error, 1, 1, "The article id 'dup' is already used by corpus/a/dup.txt");
        Assert.Equal("corpus/b/dup.txt", diagnostic.FilePath);
    }

    [Fact]
    public void CG0400_two_article_ids_with_one_CSharp_name()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/one.txt", "---\nid: x-1\ntitle: T\n---\n"),
            ("corpus/two.txt", "---\nid: x1\ntitle: T\n---\n"));

        CorpusDiagnostic diagnostic = DiagnosticAssert.Single(
            compilation.Diagnostics,
            "CG0400",
            Error,
            2,
            5,
            "The article 'x1' and the article 'x-1' (at corpus/one.txt) both become the C# name 'X1'",
            2);
        Assert.Equal("corpus/two.txt", diagnostic.FilePath);
        Assert.Equal("x-1", Assert.Single(compilation.Articles).Article.Id);
    }

    [Fact]
    public void CG0400_article_ids_from_file_names_are_reported_at_line_1_column_1()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/x-1.txt", "---\ntitle: T\n---\n"),
            ("corpus/x1.txt", "---\ntitle: T\n---\n"));

        DiagnosticAssert.Single(compilation.Diagnostics, "CG0400", Error, 1, 1, "The article 'x1' and the article 'x-1' (at corpus/x-1.txt) both become the C# name 'X1'");
    }

    [Fact]
    public void CG0401_article_all_collides_with_Articles_All()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/everything.txt", "---\nid: all\ntitle: T\n---\n"));

        DiagnosticAssert.Single(
            compilation.Diagnostics,
            "CG0401",
            Error,
            2,
            5,
            "The article 'all' becomes the C# name 'All', which collides with the generated member 'Articles.All'",
            3);
        Assert.Empty(compilation.Articles);
    }

    [Fact]
    public void CG0401_article_id_from_file_name_is_reported_at_line_1_column_1()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/all.txt", "---\ntitle: T\n---\n"));

        DiagnosticAssert.Single(
            compilation.Diagnostics,
            "CG0401",
            Error,
            1,
            1,
            "The article 'all' becomes the C# name 'All', which collides with the generated member 'Articles.All'");
    }

    [Fact]
    public void File_level_diagnostics_after_a_byte_order_mark_are_at_column_1()
    {
        ArticleFile noTitle = TestCorpus.Article("\uFEFF---\nsummary: S\n---\n");
        ArticleFile empty = TestCorpus.Article("\uFEFF\n");
        ArticleFile badName = TestCorpus.Article("\uFEFF---\ntitle: T\n---\n", "corpus/Bad Name.txt");

        Assert.Equal((1, 1), (noTitle.Diagnostics.Single().Span.Line, noTitle.Diagnostics.Single().Span.Column));
        Assert.Equal((1, 1), (empty.Diagnostics.Single().Span.Line, empty.Diagnostics.Single().Span.Column));
        Assert.Equal((1, 1), (badName.Diagnostics.Single().Span.Line, badName.Diagnostics.Single().Span.Column));
    }
}
