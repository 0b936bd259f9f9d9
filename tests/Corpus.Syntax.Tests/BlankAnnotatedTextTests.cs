using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;
using Xunit;

namespace Corpus.Syntax.Tests;

/// <summary>
/// A quotation, term, mention or reported speech that holds only white space (a space, a
/// no-break space, any Unicode space, a zero-width space) is as empty as one that holds
/// nothing: CG0311, not an unattributed quotation (CG0305) nor a span of blank text.
/// </summary>
public sealed class BlankAnnotatedTextTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    private const string Hint = "; escape the marks (\\“\\”) if they are text";

    [Theory]
    [InlineData("He said “ ” and left.", 9, "The quotation '“ ”' has no text, only white space" + Hint)]
    [InlineData("He said “\u00A0” and left.", 9, "The quotation '“ ”' has no text, only white space" + Hint)]
    [InlineData("He said “\u2003\u3000\u200B” and left.", 9, "The quotation '“ ”' has no text, only white space" + Hint)]
    [InlineData("He said \" \" and left.", 9, "The quotation '\" \"' has no text, only white space; escape the marks (\\\"\\\") if they are text")]
    [InlineData("He said “ ”{@x} and left.", 9, "The quotation annotated by '{@x}' has no text, only white space")]
    [InlineData("He said \"\u00A0\"{@victor-cha} and left.", 9, "The quotation annotated by '{@victor-cha}' has no text, only white space")]
    [InlineData("He said “\u202F”{term} and left.", 9, "The quotation annotated by '{term}' has no text, only white space")]
    [InlineData("He said “ ”{#x} and left.", 9, "The quotation annotated by '{#x}' has no text, only white space")]
    public void A_blank_quotation_is_CG0311_like_an_empty_one(string body, int column, string message)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.One(article.Diagnostics, "CG0311", Error, 4, column, message, 1);
        Assert.Empty(article.Quotations);
        Assert.Empty(article.Terms);
    }

    [Theory]
    [InlineData("Met [ ]{@a} today.", 5, "The mention annotated by '{@a}' has no text, only white space", 7)]
    [InlineData("Met [\u00A0\u2009]{@a} today.", 5, "The mention annotated by '{@a}' has no text, only white space", 8)]
    [InlineData("[ ]{says @a}", 1, "The reported speech annotated by '{says @a}' has no text, only white space", 12)]
    public void A_blank_mention_or_reported_speech_is_CG0311(string body, int column, string message, int length)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.Single(article.Diagnostics, "CG0311", Error, 4, column, message, length);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void A_quotation_with_one_visible_character_among_spaces_is_a_quotation()
    {
        ArticleFile article = TestCorpus.Body("He said “ \u00A0x ”{@x} and left.");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Single(article.Quotations);
    }
}
