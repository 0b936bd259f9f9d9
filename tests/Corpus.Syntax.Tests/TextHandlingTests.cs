using System;
using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class TextHandlingTests
{
    private const string Decomposed = "Cafe\u0301"; // five UTF-16 units
    private const string Composed = "Caf\u00E9"; // four

    [Fact]
    public void The_body_is_normalised_to_NFC_and_later_offsets_shift()
    {
        ArticleFile article = TestCorpus.Body(Decomposed + " [Z]{@z}");

        Assert.Equal(Composed + " Z", article.Body);
        MentionSyntax z = Assert.Single(article.Mentions);
        Assert.Equal((5, 1, "Z"), (z.Start, z.Length, z.Text));
    }

    [Fact]
    public void Normalisation_inside_mentions_and_quotations_keeps_exact_offsets()
    {
        ArticleFile article = TestCorpus.Body("[Re\u0301sume\u0301]{@r} “" + Decomposed + " time.”{@a} [Z]{@z}");

        Assert.Equal("R\u00E9sum\u00E9 “" + Composed + " time.” Z", article.Body);
        Assert.Equal(new[] { (0, 6, "R\u00E9sum\u00E9"), (20, 1, "Z") }, article.Mentions.Select(m => (m.Start, m.Length, m.Text)));
        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal((8, 10, Composed + " time."), (quote.Start, quote.Length, quote.Text));
        Assert.All(article.Mentions, m => Assert.Equal(m.Text, article.Body.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Normalisation_shifts_paragraph_spans_and_continued_quotations()
    {
        ArticleFile article = TestCorpus.Body("“" + Decomposed + " one.\n\n“Second [" + Decomposed + "]{@c} two.”{@a}");

        Assert.Equal("“" + Composed + " one.\n\n“Second " + Composed + " two.”", article.Body);
        Assert.Equal(new[] { new ParagraphSpan(0, 10), new ParagraphSpan(12, 18) }, article.Paragraphs);
        Assert.Equal(Composed + " one.\n\nSecond " + Composed + " two.", Assert.Single(article.Quotations).Text);
        Assert.Equal((20, 4), (article.Mentions[0].Start, article.Mentions[0].Length));
    }

    [Fact]
    public void Diagnostic_columns_count_the_original_line_not_the_normalised_text()
    {
        ArticleFile article = TestCorpus.Body(Decomposed + " {@x}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0304", DiagnosticSeverity.Error, 4, 7, "The annotation '{@x}' follows neither ']' nor a closing quotation mark", 4);
    }

    [Fact]
    public void Columns_are_UTF16_code_units()
    {
        ArticleFile article = TestCorpus.Body("\U0001F600 and\ttab {@x}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0304", DiagnosticSeverity.Error, 4, 12, "The annotation '{@x}' follows neither ']' nor a closing quotation mark", 4);
    }

    [Fact]
    public void Offsets_are_UTF16_code_units()
    {
        ArticleFile article = TestCorpus.Body("\U0001F600 [A]{@a}");

        Assert.Equal(3, Assert.Single(article.Mentions).Start);
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void Unicode_line_separators_are_ordinary_characters(char separator)
    {
        ArticleFile article = TestCorpus.Body("A" + separator + "B [C]{@c} {@x}");

        Assert.Equal("A" + separator + "B C ", article.Body); // the misplaced annotation leaves the text
        Assert.Single(article.Paragraphs);
        MentionSyntax mention = Assert.Single(article.Mentions);
        Assert.Equal((4, 4, 5), (mention.Start, mention.Span.Line, mention.Span.Column));
        DiagnosticAssert.Single(article.Diagnostics, "CG0304", DiagnosticSeverity.Error, 4, 13, "The annotation '{@x}' follows neither ']' nor a closing quotation mark");
    }

    [Fact]
    public void A_line_separator_in_the_front_matter_does_not_end_the_line()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: One\u2028Two\ntitel: x\n---\n");

        Assert.Equal("One\u2028Two", article.Title);
        DiagnosticAssert.Single(article.Diagnostics, "CG0102", DiagnosticSeverity.Warning, 3, 1, "Unknown front-matter key 'titel' (did you mean 'title'?)");
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        ArticleFile article = TestCorpus.Article("\uFEFF---\ntitle: T\n---\n[C]{@c}");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("T", article.Title);
        Assert.Equal("C", article.Body);
        Assert.Equal((4, 1), (article.Mentions[0].Span.Line, article.Mentions[0].Span.Column));
    }

    [Fact]
    public void Columns_on_the_first_line_do_not_count_the_byte_order_mark()
    {
        ArticleFile article = TestCorpus.Article("\uFEFF{@x} [y]{@y}");

        DiagnosticAssert.One(article.Diagnostics, "CG0304", DiagnosticSeverity.Error, 1, 1, "The annotation '{@x}' follows neither ']' nor a closing quotation mark", 4);
        Assert.Equal(" y", article.Body); // the misplaced annotation leaves the text
        MentionSyntax mention = Assert.Single(article.Mentions);
        Assert.Equal((1, 1, 6), (mention.Start, mention.Span.Line, mention.Span.Column));
    }

    [Fact]
    public void A_registry_may_start_with_a_byte_order_mark()
    {
        RegistryFile registry = TestCorpus.Registry("\uFEFF@a person\nname: A\n");

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal((1, 1), (registry.Entities[0].IdSpan.Line, registry.Entities[0].IdSpan.Column));
    }

    private const string LineEndingSample = """
        ---
        title: Line endings
        summary: [A]{@a} said “Hi.”{@a}
        titel: typo
        ---
        [B]{@b} one
          line two “x”{@b} {@z}
        [North
        Korea]{@north-korea} and “a quotation

        “that continues.”{@a} “open


        Para [C]{@c} “term”{term} [D]{says @d}.
        """;

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CRLF_and_CR_give_the_same_article_as_LF(string newline)
    {
        ArticleFile lf = TestCorpus.Article(LineEndingSample);
        ArticleFile other = TestCorpus.Article(LineEndingSample.Replace("\n", newline, StringComparison.Ordinal));

        Assert.NotEmpty(lf.Diagnostics);
        Assert.Equal(lf.Body, other.Body);
        Assert.Equal(lf.Paragraphs, other.Paragraphs);
        Assert.Equal(lf.Fields, other.Fields);
        Assert.Equal(lf.Title, other.Title);
        Assert.Equal(Mentions(lf), Mentions(other));
        Assert.Equal(Quotations(lf), Quotations(other));
        Assert.Equal(lf.Terms.Select(t => (t.Field, t.Start, t.Length, t.Text, t.Span.Line, t.Span.Column)), other.Terms.Select(t => (t.Field, t.Start, t.Length, t.Text, t.Span.Line, t.Span.Column)));
        Assert.Equal(Diagnostics(lf), Diagnostics(other));
    }

    [Fact]
    public void Mixed_line_endings_in_one_file()
    {
        ArticleFile article = TestCorpus.Article("---\r\ntitle: T\n---\ra\r\nb\rc\nd {@x}\r\n\r\ne");

        Assert.Equal("a b c d \n\ne", article.Body);
        DiagnosticAssert.Single(article.Diagnostics, "CG0304", DiagnosticSeverity.Error, 7, 3, "The annotation '{@x}' follows neither ']' nor a closing quotation mark", 4);
    }

    [Fact]
    public void Parsing_is_a_pure_function_of_path_and_text()
    {
        ArticleFile first = TestCorpus.Article(LineEndingSample);
        ArticleFile second = TestCorpus.Article(LineEndingSample);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(TestCorpus.Registry("@a person\nname: A\n"), TestCorpus.Registry("@a person\nname: A\n"));
    }

    private static object[] Mentions(ArticleFile article) =>
        article.Mentions.Select(m => (object)(m.Field, m.Start, m.Length, m.Text, m.Entity.Id, m.Name, m.Span.Line, m.Span.Column, m.Span.EndLine, m.Span.EndColumn, m.Entity.Span.Line, m.Entity.Span.Column)).ToArray();

    private static object[] Quotations(ArticleFile article) =>
        article.Quotations.Select(q => (object)(q.Field, q.Start, q.Length, q.Text, q.Speaker?.Id, q.Kind, q.Paragraph, q.Span.Line, q.Span.Column, q.Span.EndLine, q.Span.EndColumn)).ToArray();

    private static object[] Diagnostics(ArticleFile article) =>
        article.Diagnostics.Select(d => (object)(d.Id, d.Severity, d.Message, d.Span.Line, d.Span.Column, d.Span.EndLine, d.Span.EndColumn)).ToArray();
}
