using System;
using System.Linq;
using System.Text;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// Inputs at the extremes of size and shape: nothing overflows the stack, nothing is quadratic
/// (<see cref="LinearTime"/>), and what cannot be compiled says so in a diagnostic.
/// </summary>
public sealed class SizeLimitTests
{
    private const string Registry = "@a person\nname: A\n";
    private const string Header = "---\ntitle: T\n---\n";

    [Fact]
    public void A_ten_megabyte_single_paragraph_parses_in_linear_time()
    {
        const string Sentence = "[A]{@a} said: “Yes, no.”{@a} and more words follow here. ";
        string Article(int length) => Header + Repeat(Sentence, length / Sentence.Length);

        // The series stops at 2 MB (the shape is the same); the 10 MB file is then compiled once.
        LinearTime.Assert(Article, text => Compile(text), 2_000_000);

        int sentences = 10_000_000 / Sentence.Length;
        CorpusCompilation compilation = Compile(Article(10_000_000));
        ArticleFile article = Assert.Single(compilation.Articles).Article;
        Assert.Empty(compilation.Diagnostics.WithoutUnused());
        Assert.Equal(new ParagraphSpan(0, article.Body.Length), Assert.Single(article.Paragraphs));
        Assert.Equal(Repeat("A said: “Yes, no.” and more words follow here. ", sentences).TrimEnd(), article.Body);
        Assert.Equal(sentences, article.Mentions.Count);
        Assert.Equal(sentences, article.Quotations.Count);
        QuotationSyntax last = article.Quotations[^1];
        Assert.Equal(("Yes, no.", QuoteKind.Direct), (last.Text, last.Kind));
        Assert.Equal(last.Text, article.Body.Substring(last.Start, last.Length));
    }

    [Fact]
    public void A_hundred_thousand_nested_mentions_neither_overflow_nor_slow_down()
    {
        string Nested(int depth) => Header + new string('[', depth) + "A" + Repeat("]{@a}", depth) + "\n";

        LinearTime.Assert(Nested, text => Compile(text), 100_000);

        CorpusCompilation compilation = Compile(Nested(100_000));
        ArticleFile article = Assert.Single(compilation.Articles).Article;
        Assert.Equal("A", article.Body);
        Assert.Equal(Parsing.InlineParser.MaxNesting, article.Mentions.Count);
        Assert.All(article.Mentions, m => Assert.Equal((0, 1, "A", "a"), (m.Start, m.Length, m.Text, m.Entity.Id)));
        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0308",
            DiagnosticSeverity.Error,
            4,
            100_000 - 32, // identical extents: the innermost 32 are kept, and the 33rd innermost '[' is reported
            "Invalid annotation '{@a}': it is nested inside 32 other annotations, the most supported; it and every annotation as deep in this text (99,968 in all) are left out");
    }

    [Fact]
    public void Thirty_two_nested_annotations_are_kept_and_one_more_is_an_error()
    {
        string Nested(int depth) => Header + "“" + new string('[', depth - 1) + "A" + Repeat("]{@a}", depth - 1) + ".”{@a}\n";

        CorpusCompilation deepest = Compile(Nested(32));
        Assert.Empty(deepest.Diagnostics.WithoutUnused());
        ArticleFile article = Assert.Single(deepest.Articles).Article;
        Assert.Equal((31, 1), (article.Mentions.Count, article.Quotations.Count));

        CorpusCompilation deeper = Compile(Nested(33));
        article = Assert.Single(deeper.Articles).Article;
        Assert.Equal((31, 1), (article.Mentions.Count, article.Quotations.Count));
        DiagnosticAssert.Single(
            deeper.Diagnostics.WithoutUnused(),
            "CG0308",
            DiagnosticSeverity.Error,
            4,
            2, // identical extents: the innermost are kept, and the outermost '[' is reported
            "Invalid annotation '{@a}': it is nested inside 32 other annotations, the most supported; it and every annotation as deep in this text (1 in all) are left out");
    }

    [Fact]
    public void A_hundred_thousand_straight_quotation_marks_pair_up_in_linear_time()
    {
        string Marks(int count) => Header + "Say " + new string('"', count) + " end.\n";

        LinearTime.Assert(Marks, text => Compile(text), 100_000);

        ArticleFile article = ArticleParser.Parse("corpus/marks.txt", Marks(100_000));
        Assert.Equal("Say " + new string('"', 100_000) + " end.", article.Body);
        // Straight marks pair within the paragraph: 50,000 empty quotations, each one
        // reported once and none of them added to the model.
        Assert.Empty(article.Quotations);
        Assert.Equal(50_000, article.Diagnostics.Count);
        Assert.All(article.Diagnostics, d => Assert.Equal(4, d.Span.Line));
    }

    [Fact]
    public void A_hundred_thousand_opening_quotation_marks_are_warnings_in_linear_time()
    {
        string Marks(int count) => Header + "Say " + new string('“', count) + " end.\n";

        LinearTime.Assert(Marks, text => Compile(text), 100_000);

        ArticleFile article = ArticleParser.Parse("corpus/marks.txt", Marks(100_000));
        Assert.Equal("Say " + new string('“', 100_000) + " end.", article.Body);
        Assert.Empty(article.Quotations);
        Assert.NotEmpty(article.Diagnostics);
        Assert.All(article.Diagnostics, d => Assert.Equal("CG0307", d.Id));
    }

    [Fact]
    public void A_hundred_thousand_nested_quotations_keep_a_linear_model()
    {
        // Each quotation's text holds the quotations inside it: without a nesting limit the
        // texts of 100,000 nested quotations add up to 10^10 characters.
        string Nested(int depth) => Header + new string('“', depth) + "Deep." + Repeat("”{@a}", depth) + "\n";

        LinearTime.Assert(Nested, text => Compile(text), 100_000);

        CorpusCompilation compilation = Compile(Nested(100_000));
        ArticleFile article = Assert.Single(compilation.Articles).Article;
        Assert.Equal(new string('“', 100_000) + "Deep." + new string('”', 100_000), article.Body);
        Assert.Equal(Parsing.InlineParser.MaxNesting, article.Quotations.Count);
        Assert.Equal(new string('“', 99_999) + "Deep." + new string('”', 99_999), article.Quotations[0].Text);
        Assert.Equal("CG0308", Assert.Single(compilation.Diagnostics.WithoutUnused()).Id);
    }

    [Fact]
    public void One_megabyte_lines_in_the_front_matter_the_body_and_a_registry_are_linear()
    {
        string Line(int length) => Repeat("word ", length / 5).TrimEnd();
        string Article(int length) => "---\ntitle: " + Line(length) + "\nsummary: " + Line(length) + "\n---\n" + Line(length) + " [A]{@a}\n";
        string Registry(int length) => "@a person\nname: A\ndescription: " + Line(length) + "\n";

        LinearTime.Assert(Article, text => Compile(text), 1_000_000);
        LinearTime.Assert(Registry, text => TestCorpus.Compile(("corpus/entities.txt", text), ("corpus/x.txt", Header + "[A]{@a}\n")), 1_000_000);

        ArticleFile article = Assert.Single(Compile(Article(1_000_000)).Articles).Article;
        Assert.Equal(Line(1_000_000), article.Title);
        Assert.Equal(Line(1_000_000), article.GetFieldText(ArticleFields.Summary));
        Assert.Equal(Line(1_000_000) + " A", article.Body);
        Assert.Equal(Line(1_000_000), TestCorpus.Registry(Registry(1_000_000)).Entities[0].Description);
    }

    [Theory]
    [InlineData("[a]{@china ", "CG0302")] // unclosed after ']': each quoted to the end of the line
    [InlineData("“a”{@china ", "CG0302")] // unclosed after a closing mark
    [InlineData("[a]{@Bad_Id} ", "CG0309")]
    [InlineData("[a]{@a sayz @Bad #Bad} ", "CG0303")]
    [InlineData("a”{@a} ", "CG0308")] // a closing mark that closes nothing
    [InlineData("[a] {@a} ", "CG0304")]
    [InlineData("“”{@a} ", "CG0311")]
    public void A_line_of_unclosed_annotations_is_linear(string piece, string id)
    {
        string Line(int count) => Header + Repeat(piece, count) + "\n";

        LinearTime.Assert(Line, text => Compile(text), 40_000);

        CorpusCompilation compilation = Compile(Line(40_000));
        Assert.Equal(40_000, compilation.Diagnostics.Count(d => d.Id == id));
        Assert.All(compilation.Diagnostics, d => Assert.True(d.Message.Length < 400, d.Message));
    }

    [Fact]
    public void A_hundred_and_fifty_thousand_aliases_are_linear()
    {
        string Corpus(int count)
        {
            var aliases = new StringBuilder("@a person\nname: A\naliases: ");
            var mentions = new StringBuilder(Header);
            for (int i = 0; i < count; i++)
            {
                string alias = "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                aliases.Append(alias).Append("; ").Append(alias).Append("; "); // each written twice
                mentions.Append('[').Append(alias).Append("]{@a} ");
            }

            return aliases + "\n\u001C" + mentions + "[Not an alias]{@a}\n";
        }

        CorpusCompilation Run(string text)
        {
            string[] parts = text.Split('\u001C');
            return TestCorpus.Compile(("corpus/entities.txt", parts[0]), ("corpus/article.txt", parts[1]));
        }

        LinearTime.Assert(Corpus, text => Run(text), 150_000);

        CorpusCompilation compilation = Run(Corpus(1_000));
        Assert.Equal(1_000, compilation.Entities.Entities[0].Aliases.Count);
        Assert.Equal("A999", compilation.Entities.Entities[0].Aliases[^1]);
        Assert.Equal("CG0306", Assert.Single(compilation.Diagnostics).Id);
    }

    [Fact]
    public void A_hundred_thousand_paragraphs_are_linear()
    {
        string Paragraphs(int count) => Header + Repeat("[A]{@a} spoke.\n\n", count);

        LinearTime.Assert(Paragraphs, text => Compile(text), 100_000);

        ArticleFile article = Assert.Single(Compile(Paragraphs(100_000)).Articles).Article;
        Assert.Equal(100_000, article.Paragraphs.Count);
        Assert.Equal(new ParagraphSpan(10 * 99_999, 8), article.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n \t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_article_is_one_warning_and_no_article(string text)
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/empty.txt", text));

        Assert.Empty(compilation.Articles);
        DiagnosticAssert.Single(compilation.Diagnostics, "CG0001", DiagnosticSeverity.Warning, 1, 1, "The corpus file 'empty.txt' is empty");
    }

    [Fact]
    public void An_empty_registry_declares_nothing_and_says_nothing()
    {
        RegistryFile registry = TestCorpus.Registry(string.Empty);

        Assert.Empty(registry.Entities);
        DiagnosticAssert.None(registry.Diagnostics);
    }

    [Fact]
    public void A_file_of_only_front_matter_is_an_article_with_no_text()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/only.txt", "---\ntitle: Only a title\n---\n"));

        ArticleFile article = Assert.Single(compilation.Articles).Article;
        Assert.Equal(("only", "Only a title", string.Empty), (article.Id, article.Title, article.Body));
        Assert.Empty(article.Paragraphs);
        DiagnosticAssert.None(compilation.Diagnostics);
    }

    [Fact]
    public void An_unclosed_front_matter_alone_is_one_error_at_its_opening()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/only.txt", "---\ntitle: Only a title\n"));

        DiagnosticAssert.Single(compilation.Diagnostics, "CG0101", DiagnosticSeverity.Error, 1, 1, "The front matter opened by '---' is never closed by a second '---' line", 3);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_one_clear_error_and_is_not_parsed()
    {
        string text = Header + new string('x', 50_000_001 - Header.Length);

        CorpusCompilation compilation = TestCorpus.Compile(("corpus/huge.txt", text), ("corpus/huge.entities.txt", text));

        Assert.Empty(compilation.Articles);
        Assert.Equal(
            new[] { "corpus/huge.entities.txt", "corpus/huge.txt" },
            compilation.Diagnostics.Select(d => d.FilePath));
        Assert.All(compilation.Diagnostics, d => DiagnosticAssert.Is(
            d, "CG0003", DiagnosticSeverity.Error, 1, 1, "The file is 50,000,001 characters long; files over 50,000,000 characters are not compiled"));
    }

    private static CorpusCompilation Compile(string article) =>
        TestCorpus.Compile(("corpus/entities.txt", Registry), ("corpus/article.txt", article));

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();
}
