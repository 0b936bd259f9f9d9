using System.Linq;

namespace Corpus.Syntax.Tests;

public class BodyTests
{
    [Fact]
    public void Lines_are_trimmed_of_spaces_and_tabs_and_joined_with_one_space()
    {
        ArticleFile article = TestCorpus.Body("  Line one  \n\tline two\t\n   line three");

        Assert.Equal("Line one line two line three", article.Body);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_joined_by_two_line_feeds()
    {
        ArticleFile article = TestCorpus.Body("First\nparagraph.\n\n\n  \t \nSecond.\n\nThird.\n\n");

        Assert.Equal("First paragraph.\n\nSecond.\n\nThird.", article.Body);
        Assert.Equal(new[] { new ParagraphSpan(0, 16), new ParagraphSpan(18, 7), new ParagraphSpan(27, 6) }, article.Paragraphs);
    }

    [Fact]
    public void Paragraph_spans_cover_the_plain_text()
    {
        ArticleFile article = TestCorpus.Body("[A]{@a} one.\n\n“B two.”{@b}\n\nC [three]{@c}.");

        Assert.Equal(new[] { "A one.", "“B two.”", "C three." }, article.Paragraphs.Select(p => article.Body.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void Blanks_inside_a_line_are_kept()
    {
        ArticleFile article = TestCorpus.Body("a  b\tc");

        Assert.Equal("a  b\tc", article.Body);
    }

    [Fact]
    public void Only_spaces_and_tabs_are_trimmed()
    {
        ArticleFile article = TestCorpus.Body("\u00A0non-breaking\u00A0\n\u3000ideographic");

        Assert.Equal("\u00A0non-breaking\u00A0 \u3000ideographic", article.Body);
    }

    [Fact]
    public void A_line_of_a_non_breaking_space_does_not_separate_paragraphs()
    {
        ArticleFile article = TestCorpus.Body("one\n\u00A0\ntwo");

        Assert.Single(article.Paragraphs);
        Assert.Equal("one \u00A0 two", article.Body);
    }

    [Fact]
    public void The_plain_text_of_an_annotated_article()
    {
        const string text = """
            ---
            title: China May Chafe
            ---
            Earlier this month, [China]{@china} and [North Korea]{@north-korea} hailed their 75
            years of diplomatic relations by reaffirming ties that they once described as being
            close as “lips and teeth.”{term}

            “[China]{@china} is caught between paralysis and incompetence,”{@victor-cha} said
            [Victor D. Cha]{@victor-cha} of [Georgetown University]{@georgetown-university}.
            [Beijing may not know how to rein in [Russia]{@russia}]{says @victor-cha}.
            """;

        ArticleFile article = TestCorpus.Article(text);

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(
            "Earlier this month, China and North Korea hailed their 75 years of diplomatic relations by reaffirming ties that they once described as being close as “lips and teeth.”"
            + "\n\n"
            + "“China is caught between paralysis and incompetence,” said Victor D. Cha of Georgetown University. Beijing may not know how to rein in Russia.",
            article.Body);
    }
}
