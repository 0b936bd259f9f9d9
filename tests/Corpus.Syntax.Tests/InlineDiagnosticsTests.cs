using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class InlineDiagnosticsTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void CG0302_unclosed_annotation_after_a_bracket()
    {
        ArticleFile article = TestCorpus.Body("Open [x]{@a");

        DiagnosticAssert.Single(article.Diagnostics, "CG0302", Error, 4, 9, "The annotation '{@a' is not closed by '}' before the end of the paragraph", 3);
        Assert.Empty(article.Mentions);
    }

    [Fact]
    public void CG0302_an_unclosed_annotation_does_not_hide_the_next_paragraph()
    {
        ArticleFile article = TestCorpus.Body("[x]{@a and\r\nmore text.\r\n\r\nNext [y]{@y}.");

        Assert.Equal("CG0302", Assert.Single(article.Diagnostics).Id);
        Assert.Equal("y", Assert.Single(article.Mentions).Entity.Id);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CG0302_the_span_and_message_stop_at_the_end_of_the_line(string newline)
    {
        ArticleFile article = TestCorpus.Body("[x]{@a and\nmore text.\n\nNext [y]{@y}.".Replace("\n", newline, System.StringComparison.Ordinal));

        CorpusDiagnostic diagnostic = DiagnosticAssert.Single(article.Diagnostics, "CG0302", Error, 4, 4, "The annotation '{@a and' is not closed by '}' before the end of the paragraph", 7);
        Assert.Equal((4, 11), (diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void CG0302_a_closing_brace_in_the_next_paragraph_does_not_close_it()
    {
        ArticleFile article = TestCorpus.Body("[x]{@a\n\nnext}.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0302", Error, 4, 4, "The annotation '{@a' is not closed by '}' before the end of the paragraph", 3);
    }

    [Fact]
    public void CG0302_unclosed_annotation_after_a_quotation()
    {
        ArticleFile article = TestCorpus.Body("He said “x”{@a");

        DiagnosticAssert.One(article.Diagnostics, "CG0302", Error, 4, 12, "The annotation '{@a' is not closed by '}' before the end of the paragraph", 3);
    }

    [Theory]
    [InlineData("[x]{@a sayz}", 8, "sayz", " (did you mean 'says'?)")]
    [InlineData("[y]{@b cha}", 8, "cha", " (did you mean '@cha'?)")]
    [InlineData("“q”{@a drect}", 8, "drect", " (did you mean 'direct'?)")]
    [InlineData("“q”{@a Partial}", 8, "Partial", " (did you mean 'partial'?)")]
    [InlineData("“q”{trm}", 5, "trm", " (did you mean 'term'?)")]
    [InlineData("“q”{victor-cha}", 5, "victor-cha", " (did you mean '@victor-cha'?)")]
    [InlineData("[x]{@a ???}", 8, "???", "")]
    public void CG0303_unknown_annotation_word(string body, int column, string word, string hint)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.Single(article.Diagnostics, "CG0303", Error, 4, column, "Unknown annotation word '" + word + "'" + hint, word.Length);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
    }

    [Theory]
    [InlineData("Bad {@x} text.", 5, "{@x}")]
    [InlineData("Bad {#name} text.", 5, "{#name}")]
    [InlineData("Bad {term} text.", 5, "{term}")]
    [InlineData("Bad {says @x} text.", 5, "{says @x}")]
    [InlineData("[a] {@x}", 5, "{@x}")]
    [InlineData("“a” {@x}", 5, "{@x}")]
    [InlineData("\\[a\\]{@x}", 6, "{@x}")]
    [InlineData("Bad {@x and more", 5, "{@x and more")]
    public void CG0304_misplaced_annotation(string body, int column, string shown)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.One(article.Diagnostics, "CG0304", Error, 4, column, "The annotation '" + shown + "' follows neither ']' nor a closing quotation mark", shown.Length);
        Assert.Empty(article.Mentions);
    }

    [Fact]
    public void CG0304_misplaced_annotation_in_a_front_matter_field()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsummary: Bad {@x} [A]{@a}\n---\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0304", Error, 3, 14, "The annotation '{@x}' follows neither ']' nor a closing quotation mark", 4);
        Assert.Equal("a", Assert.Single(article.Mentions).Entity.Id);
    }

    [Fact]
    public void CG0305_unattributed_quotation_is_reported_at_its_opening_mark()
    {
        ArticleFile article = TestCorpus.Body("He said “fine.” ok.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0305", Warning, 4, 9, "Unattributed quotation 'fine.': attribute it with {@id} or mark it {term}", 1);
        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Null(quote.Speaker);
        Assert.Equal((9, 5, "fine.", QuoteKind.Partial), (quote.Start, quote.Length, quote.Text, quote.Kind));
    }

    [Fact]
    public void CG0305_straight_quotation_marks()
    {
        ArticleFile article = TestCorpus.Body("Called \"the deal\" twice.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0305", Warning, 4, 8, "Unattributed quotation 'the deal': attribute it with {@id} or mark it {term}", 1);
    }

    [Fact]
    public void CG0305_a_long_quotation_is_shortened_in_the_message()
    {
        string words = string.Concat(Enumerable.Repeat("word ", 20)).TrimEnd();
        ArticleFile article = TestCorpus.Body("“" + words + "”");

        DiagnosticAssert.Single(article.Diagnostics, "CG0305", Warning, 4, 1, "Unattributed quotation '" + words.Substring(0, 57) + "...': attribute it with {@id} or mark it {term}");
    }

    [Fact]
    public void CG0305_a_nested_unattributed_quotation()
    {
        ArticleFile article = TestCorpus.Body("“He called it “a deal” twice.”{@a}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0305", Warning, 4, 15, "Unattributed quotation 'a deal': attribute it with {@id} or mark it {term}");
        Assert.Equal(2, article.Quotations.Count);
    }

    [Fact]
    public void CG0305_shortening_never_splits_a_surrogate_pair()
    {
        ArticleFile article = TestCorpus.Body("“" + new string('a', 56) + "\U0001F600 and more words”");

        string message = Assert.Single(article.Diagnostics).Message;
        for (int i = 0; i < message.Length; i++)
        {
            if (char.IsHighSurrogate(message[i]))
            {
                Assert.True(i + 1 < message.Length && char.IsLowSurrogate(message[i + 1]), "lone high surrogate at " + i);
            }
        }

        Assert.Equal("Unattributed quotation '" + new string('a', 56) + "...': attribute it with {@id} or mark it {term}", message);
    }

    [Fact]
    public void CG0305_message_of_a_multi_paragraph_quotation_is_one_line()
    {
        ArticleFile article = TestCorpus.Body("“One more line.\n\n“And another.”");

        CorpusDiagnostic diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal("CG0305", diagnostic.Id);
        Assert.DoesNotContain('\n', diagnostic.Message);
        Assert.DoesNotContain('\r', diagnostic.Message);
        Assert.DoesNotContain("“And", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CG0307_unmatched_opening_mark()
    {
        ArticleFile article = TestCorpus.Body("He said “fine. ok. [X]{@x}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0307", Warning, 4, 9, "The quotation mark '“' has no closing mark in its paragraph", 1);
        Assert.Empty(article.Quotations);
        Assert.Equal("x", Assert.Single(article.Mentions).Entity.Id);
    }

    [Fact]
    public void CG0307_unmatched_closing_mark()
    {
        ArticleFile article = TestCorpus.Body("He said fine.” ok. [X]{@x}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0307", Warning, 4, 14, "The quotation mark '”' has no opening mark in its paragraph", 1);
        Assert.Equal("x", Assert.Single(article.Mentions).Entity.Id);
    }

    [Fact]
    public void CG0307_unmatched_straight_mark()
    {
        ArticleFile article = TestCorpus.Body("He said \"fine. ok.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0307", Warning, 4, 9, "The quotation mark '\"' has no closing mark in its paragraph", 1);
    }

    [Fact]
    public void CG0307_a_mark_left_open_inside_a_closed_quotation()
    {
        ArticleFile article = TestCorpus.Body("“a \"b c”{@x}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0307", Warning, 4, 4, "The quotation mark '\"' has no closing mark in its paragraph", 1);
        Assert.Equal("a \"b c", Assert.Single(article.Quotations).Text);
    }

    [Fact]
    public void CG0307_a_quotation_left_open_when_the_next_paragraph_does_not_continue_it()
    {
        ArticleFile article = TestCorpus.Body("“Open.\n\nNext [A]{@a}.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0307", Warning, 4, 1, "The quotation mark '“' has no closing mark in its paragraph", 1);
        Assert.Empty(article.Quotations);
        Assert.Single(article.Mentions);
    }

    [Fact]
    public void CG0307_a_quotation_left_open_at_the_end_of_a_field()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsummary: He said “never\n---\n“Body.”{@a}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0307", Warning, 3, 18, "The quotation mark '“' has no closing mark in its paragraph", 1);
        Assert.Equal("body", Assert.Single(article.Quotations).Field);
    }

    [Theory]
    [InlineData("[a]{}", 4, 2, "{}", "it is empty")]
    [InlineData("[b]{ }", 4, 3, "{ }", "it is empty")]
    [InlineData("x]{@a}", 3, 4, "{@a}", "the ']' before it closes no '['")]
    [InlineData("x”{@a}", 3, 4, "{@a}", "the quotation mark before it closes no quotation")]
    [InlineData("“c”{term @a}", 4, 9, "{term @a}", "a term has no speaker: write {term} or {@id}, not both")]
    [InlineData("“t”{term #n}", 4, 9, "{term #n}", "a term takes no name and no kind")]
    [InlineData("“t”{term direct}", 4, 13, "{term direct}", "a term takes no name and no kind")]
    [InlineData("“d”{says @a}", 4, 9, "{says @a}", "'says' marks reported speech in a [...] span; a quotation takes {@id}")]
    [InlineData("“e”{@a direct partial}", 15, 7, "{@a direct partial}", "it says both 'direct' and 'partial'")]
    [InlineData("[f]{@a @b}", 8, 2, "{@a @b}", "it names more than one entity ('@a' and '@b')")]
    [InlineData("[g]{@a #n #m}", 11, 2, "{@a #n #m}", "it has more than one name ('#n' and '#m')")]
    [InlineData("“x”{@a #Bad_Name}", 8, 9, "{@a #Bad_Name}", "'#Bad_Name' is not a valid name (a '#' and a kebab-case name)")]
    [InlineData("[h]{term}", 4, 6, "{term}", "'term' marks text in quotation marks, not a [...] span")]
    [InlineData("[i]{@a direct}", 4, 11, "{@a direct}", "'direct' and 'partial' apply to quotations in quotation marks, not to a [...] span")]
    [InlineData("[j]{says}", 4, 6, "{says}", "'says' needs a speaker: {says @id}")]
    [InlineData("[k]{#n}", 4, 4, "{#n}", "a [...] span needs an entity: {@id} for a mention or {says @id} for reported speech")]
    public void CG0308_invalid_annotation(string body, int column, int length, string annotation, string reason)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.Single(article.Diagnostics, "CG0308", Error, 4, column, "Invalid annotation '" + annotation + "': " + reason, length);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
        Assert.Empty(article.Terms);
    }

    [Theory]
    [InlineData("[a]{@Bad_Id}", 5, "@Bad_Id", " (did you mean '@bad-id'?)")]
    [InlineData("[b]{@-x}", 5, "@-x", " (did you mean '@x'?)")]
    [InlineData("“c”{@}", 5, "@", "")]
    [InlineData("“c”{@a--b #n}", 5, "@a--b", " (did you mean '@a-b'?)")]
    public void CG0309_invalid_entity_reference(string body, int column, string reference, string hint)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.Single(
            article.Diagnostics,
            "CG0309",
            Error,
            4,
            column,
            "'" + reference + "' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens)" + hint,
            reference.Length);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void CG0311_empty_mention()
    {
        ArticleFile article = TestCorpus.Body("Nothing []{@a} here [B]{@b}.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0311", Error, 4, 9, "The mention annotated by '{@a}' has no text", 6);
        Assert.Equal("b", Assert.Single(article.Mentions).Entity.Id);
    }

    [Fact]
    public void CG0311_empty_reported_speech()
    {
        ArticleFile article = TestCorpus.Body("[]{says @a}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0311", Error, 4, 1, "The reported speech annotated by '{says @a}' has no text", 11);
        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void CG0311_markup_only_counts_as_no_text()
    {
        ArticleFile article = TestCorpus.Body("[[]{@b}]{@a}");

        Assert.Equal(new[] { "CG0311", "CG0311" }, article.Diagnostics.Select(d => d.Id));
        Assert.Empty(article.Mentions);
    }

    [Fact]
    public void Every_wrong_word_of_an_annotation_is_reported_where_it_stands()
    {
        ArticleFile article = TestCorpus.Body("[x]{@a sayz @Bad_Id #Bad tearm} and [y]{@y}.");

        Assert.Equal(
            new[]
            {
                "corpus/test-article.txt(4,8): error CG0303: Unknown annotation word 'sayz' (did you mean 'says'?)",
                "corpus/test-article.txt(4,13): error CG0309: '@Bad_Id' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@bad-id'?)",
                "corpus/test-article.txt(4,21): error CG0308: Invalid annotation '{@a sayz @Bad_Id #Bad tearm}': '#Bad' is not a valid name (a '#' and a kebab-case name)",
                "corpus/test-article.txt(4,26): error CG0303: Unknown annotation word 'tearm' (did you mean 'term'?)",
            },
            article.Diagnostics.Select(d => d.ToMSBuildString()));
        Assert.Equal("y", Assert.Single(article.Mentions).Entity.Id);
        Assert.Equal("x and y.", article.Body);
    }

    [Fact]
    public void Wrong_words_hide_the_conflicts_of_the_whole_annotation()
    {
        // Two entities would be a CG0308, but the wrong word is the mistake to fix first.
        ArticleFile article = TestCorpus.Body("[x]{@a @b sayz}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0303", Error, 4, 11, "Unknown annotation word 'sayz' (did you mean 'says'?)", 4);
    }

    [Fact]
    public void A_detached_id_after_a_bare_at_sign_is_one_mistake()
    {
        ArticleFile article = TestCorpus.Body("[x]{@ china}");

        DiagnosticAssert.Single(article.Diagnostics, "CG0309", Error, 4, 5, "'@' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@china'?)", 1);
    }

    [Theory]
    [InlineData("Victor Cha {@a} said so.", "Victor Cha  said so.")]
    [InlineData("[Mr. Cha] {@a} said so, [China]{@c} too.", "[Mr. Cha]  said so, China too.")]
    [InlineData("‘We rise,’{@a} said [China]{@c}.", "‘We rise,’ said China.")]
    [InlineData("He said “yes.{@a} and [China]{@c} left.”", "He said “yes. and China left.”")]
    public void A_misplaced_annotation_leaves_the_plain_text_like_any_annotation_in_error(string body, string text)
    {
        ArticleFile article = TestCorpus.Body(body);

        Assert.Equal("CG0304", article.Diagnostics.First().Id);
        Assert.Equal(text, article.Body);
        if (body.Contains("[China]", System.StringComparison.Ordinal))
        {
            MentionSyntax china = Assert.Single(article.Mentions);
            Assert.Equal((text.IndexOf("China", System.StringComparison.Ordinal), "China"), (china.Start, article.Body.Substring(china.Start, china.Length)));
        }
    }

    [Fact]
    public void A_misplaced_annotation_that_never_closes_stays_text()
    {
        ArticleFile article = TestCorpus.Body("Victor Cha {@a said so.");

        DiagnosticAssert.Single(article.Diagnostics, "CG0304", Error, 4, 12, "The annotation '{@a said so.' follows neither ']' nor a closing quotation mark", 12);
        Assert.Equal("Victor Cha {@a said so.", article.Body);
    }
}
