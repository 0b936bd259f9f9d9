using System.Linq;

namespace Corpus.Syntax.Tests;

public class InlineAnnotationTests
{
    [Fact]
    public void Mentions_have_offsets_in_the_plain_text_and_positions_in_the_file()
    {
        ArticleFile article = TestCorpus.Body("Earlier, [China]{@china} and [North Korea]{@north-korea} hailed ties.");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("Earlier, China and North Korea hailed ties.", article.Body);
        Assert.Equal(
            new[] { ("body", 9, 5, "China", "china"), ("body", 19, 11, "North Korea", "north-korea") },
            article.Mentions.Select(m => (m.Field, m.Start, m.Length, m.Text, m.Entity.Id)));

        MentionSyntax china = article.Mentions[0];
        Assert.Null(china.Name);
        Assert.Equal((4, 10, 15), (china.Span.Line, china.Span.Column, china.Span.Length));
        Assert.Equal((4, 18, 6), (china.Entity.Span.Line, china.Entity.Span.Column, china.Entity.Span.Length));
    }

    [Fact]
    public void A_mention_may_span_a_line_break()
    {
        ArticleFile article = TestCorpus.Body("Says [North\nKorea]{@north-korea}.");

        MentionSyntax mention = Assert.Single(article.Mentions);
        Assert.Equal((5, 11, "North Korea"), (mention.Start, mention.Length, mention.Text));
        Assert.Equal((4, 6, 5, 21), (mention.Span.Line, mention.Span.Column, mention.Span.EndLine, mention.Span.EndColumn));
    }

    [Fact]
    public void Mentions_nest_inside_quotations()
    {
        ArticleFile article = TestCorpus.Body("“While they are supporting [Russia]{@russia}’s efforts, they do not want to be seen as helping.”{@victor-cha}");

        DiagnosticAssert.None(article.Diagnostics);
        const string content = "While they are supporting Russia’s efforts, they do not want to be seen as helping.";
        Assert.Equal("“" + content + "”", article.Body);

        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal((1, content.Length, content, "victor-cha", QuoteKind.Direct, 0), (quote.Start, quote.Length, quote.Text, quote.Speaker!.Id, quote.Kind, quote.Paragraph));
        Assert.Equal((4, 97, 13), (quote.Span.Line, quote.Span.Column, quote.Span.Length));

        MentionSyntax russia = Assert.Single(article.Mentions);
        Assert.Equal((27, 6, "Russia"), (russia.Start, russia.Length, russia.Text));
        Assert.Equal("Russia", article.Body.Substring(russia.Start, russia.Length));
    }

    [Fact]
    public void Mentions_nest_inside_mentions_enclosing_first()
    {
        ArticleFile article = TestCorpus.Body("At [[Georgetown]{@georgetown} University]{@georgetown-university}.");

        Assert.Equal("At Georgetown University.", article.Body);
        Assert.Equal(
            new[] { (3, 21, "georgetown-university"), (3, 10, "georgetown") },
            article.Mentions.Select(m => (m.Start, m.Length, m.Entity.Id)));
    }

    [Fact]
    public void Quotations_nest_inside_quotations()
    {
        ArticleFile article = TestCorpus.Body("“He said “Yes.”{@b} then.”{@a}");

        Assert.Equal("“He said “Yes.” then.”", article.Body);
        Assert.Equal(
            new[] { (1, 20, "He said “Yes.” then.", "a"), (10, 4, "Yes.", "b") },
            article.Quotations.Select(q => (q.Start, q.Length, q.Text, q.Speaker!.Id)));
    }

    [Fact]
    public void Says_marks_indirect_speech()
    {
        ArticleFile article = TestCorpus.Body("Intro.\n\nHe thinks [Beijing may not know how to rein in [Russia]{@russia}]{says @victor-cha}.");

        DiagnosticAssert.None(article.Diagnostics);
        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal(
            (18, 42, "Beijing may not know how to rein in Russia", "victor-cha", QuoteKind.Indirect, 1),
            (quote.Start, quote.Length, quote.Text, quote.Speaker!.Id, quote.Kind, quote.Paragraph));
        Assert.Equal((6, 11), (quote.Span.Line, quote.Span.Column));
        Assert.Equal((6, 72), (quote.Speaker.Span.Line, quote.Speaker.Span.Column));
        Assert.Equal("russia", Assert.Single(article.Mentions).Entity.Id);
    }

    [Fact]
    public void Annotation_words_may_come_in_any_order()
    {
        ArticleFile article = TestCorpus.Body("[Beijing will act]{  @victor-cha\tsays #act }");

        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal(("victor-cha", QuoteKind.Indirect, "act"), (quote.Speaker!.Id, quote.Kind, quote.Name));
    }

    [Fact]
    public void Term_marks_a_term_not_a_quote()
    {
        ArticleFile article = TestCorpus.Body("Ties as close as “lips and teeth.”{term}");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Empty(article.Quotations);
        TermSyntax term = Assert.Single(article.Terms);
        Assert.Equal(("body", 18, 15, "lips and teeth."), (term.Field, term.Start, term.Length, term.Text));
        Assert.Equal((4, 35, 6), (term.Span.Line, term.Span.Column, term.Span.Length));
    }

    [Fact]
    public void A_term_may_hold_a_mention()
    {
        ArticleFile article = TestCorpus.Body("“[China]{@china}”{term}");

        Assert.Equal((1, 5), (Assert.Single(article.Terms).Start, article.Terms[0].Length));
        Assert.Equal((1, 5), (Assert.Single(article.Mentions).Start, article.Mentions[0].Length));
    }

    [Fact]
    public void Names_are_given_with_a_hash()
    {
        ArticleFile article = TestCorpus.Body("[Xi]{@xi-jinping #xi-first} said “Enough.”{@xi-jinping #enough}");

        DiagnosticAssert.None(article.Diagnostics);
        MentionSyntax mention = Assert.Single(article.Mentions);
        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal(("xi-first", 4, 18, 9), (mention.Name, mention.NameSpan.Line, mention.NameSpan.Column, mention.NameSpan.Length));
        Assert.Equal(("enough", 4, 56, 7), (quote.Name, quote.NameSpan.Line, quote.NameSpan.Column, quote.NameSpan.Length));
    }

    [Fact]
    public void A_quotation_without_a_name_has_a_null_name()
    {
        Assert.Null(Assert.Single(TestCorpus.Body("“Enough.”{@a}").Quotations).Name);
    }

    [Theory]
    [InlineData("He said “Yes.”{@a direct}", QuoteKind.Direct)]
    [InlineData("“Yes.”{@a partial}", QuoteKind.Partial)]
    [InlineData("“Yes.”{partial @a #n}", QuoteKind.Partial)]
    [InlineData("“Yes.”{@a direct direct}", QuoteKind.Direct)]
    public void Direct_and_partial_override_the_inferred_kind(string body, QuoteKind kind)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(kind, Assert.Single(article.Quotations).Kind);
    }

    [Theory]
    [InlineData("“Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("He said: “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("He said, “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("One; “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("Done. “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("Done! “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("Done? “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("Done — “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("Done – “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("Done (“Yes.”{@a})", QuoteKind.Direct)]
    [InlineData("He said:“Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("He said: \t “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("He said:\n“Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("He said: “2024 was hard.”{@a}", QuoteKind.Direct)]
    [InlineData("He said: “Über alles.”{@a}", QuoteKind.Direct)]
    [InlineData("[Cha]{@a}: “Yes.”{@a}", QuoteKind.Direct)]
    [InlineData("He said: \"Yes.\"{@a}", QuoteKind.Direct)]
    [InlineData("He said “Yes.”{@a}", QuoteKind.Partial)]
    [InlineData("He said\n“Yes.”{@a}", QuoteKind.Partial)]
    [InlineData("He said: “yes.”{@a}", QuoteKind.Partial)]
    [InlineData("He said: “…and yes.”{@a}", QuoteKind.Partial)]
    [InlineData("He called it “Oil to the fire.”{@a}", QuoteKind.Partial)]
    [InlineData("“oil to the fire.”{@a}", QuoteKind.Partial)]
    [InlineData("He said \"Hello there\"{@a}", QuoteKind.Partial)]
    public void Kind_is_inferred_from_the_first_letter_and_what_precedes_the_mark(string body, QuoteKind kind)
    {
        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(kind, Assert.Single(article.Quotations).Kind);
    }

    [Fact]
    public void Straight_quotation_marks_pair_within_a_paragraph()
    {
        ArticleFile article = TestCorpus.Body("He said \"Hello there\"{@xi} and \"it\"{@xi}.");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("He said \"Hello there\" and \"it\".", article.Body);
        Assert.Equal(
            new[] { (9, 11, "Hello there"), (27, 2, "it") },
            article.Quotations.Select(q => (q.Start, q.Length, q.Text)));
    }

    [Fact]
    public void Straight_and_curly_marks_nest()
    {
        ArticleFile article = TestCorpus.Body("“He said \"no\"{@b} twice.”{@a}");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal(
            new[] { ("He said \"no\" twice.", "a"), ("no", "b") },
            article.Quotations.Select(q => (q.Text, q.Speaker!.Id)));
    }

    [Fact]
    public void A_quotation_may_continue_over_several_paragraphs()
    {
        const string body = """
            He said: “The first part.

            “The second part, about [Russia]{@russia}.

            “The end.”{@a #speech}
            """;

        ArticleFile article = TestCorpus.Body(body);

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("He said: “The first part.\n\n“The second part, about Russia.\n\n“The end.”", article.Body);
        Assert.Equal(3, article.Paragraphs.Count);

        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal(10, quote.Start);
        Assert.Equal(article.Body.Length - 1 - 10, quote.Length);
        Assert.Equal("The first part.\n\nThe second part, about Russia.\n\nThe end.", quote.Text);
        Assert.Equal((QuoteKind.Direct, 0, "a", "speech"), (quote.Kind, quote.Paragraph, quote.Speaker!.Id, quote.Name));
        Assert.Equal((8, 11), (quote.Span.Line, quote.Span.Column));

        MentionSyntax russia = Assert.Single(article.Mentions);
        Assert.Equal(article.Body.IndexOf("Russia", System.StringComparison.Ordinal), russia.Start);
        Assert.InRange(russia.Start, quote.Start, quote.Start + quote.Length);
    }

    [Fact]
    public void A_continued_quotation_records_the_paragraph_it_starts_in()
    {
        ArticleFile article = TestCorpus.Body("Intro.\n\n“A.\n\n“B.”{@a}");

        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal((9, 7, "A.\n\nB.", 1), (quote.Start, quote.Length, quote.Text, quote.Paragraph));
    }

    [Fact]
    public void Straight_marks_follow_the_continuation_rule()
    {
        ArticleFile article = TestCorpus.Body("\"Alpha.\n\n\"Beta.\"{@x}");

        DiagnosticAssert.None(article.Diagnostics);
        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal((1, 14, "Alpha.\n\nBeta.", QuoteKind.Direct), (quote.Start, quote.Length, quote.Text, quote.Kind));
    }

    [Fact]
    public void Body_quotations_record_their_paragraph()
    {
        ArticleFile article = TestCorpus.Body("“A.”{@a}\n\nText.\n\nSo: “B.”{@a} and [C]{says @a}");

        Assert.Equal(new[] { 0, 2, 2 }, article.Quotations.Select(q => q.Paragraph));
    }

    [Fact]
    public void Escapes_give_literal_markup_characters()
    {
        ArticleFile article = TestCorpus.Body("A \\[b\\] and \\{@x} and \\“q\\” and \\\"s\\\" and \\\\ end.");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("A [b] and {@x} and “q” and \"s\" and \\ end.", article.Body);
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void Escapes_next_to_markup()
    {
        ArticleFile article = TestCorpus.Body("\\\\[a]{@x} [a\\]b]{@y} “He said \\“no\\”.”{@z}");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("\\a a]b “He said “no”.”", article.Body);
        Assert.Equal(new[] { (1, "a"), (3, "a]b") }, article.Mentions.Select(m => (m.Start, m.Text)));
        Assert.Equal("He said “no”.", Assert.Single(article.Quotations).Text);
    }

    [Fact]
    public void A_backslash_before_other_characters_is_text()
    {
        ArticleFile article = TestCorpus.Body("C:\\path \\n \\");

        Assert.Equal("C:\\path \\n \\", article.Body);
    }

    [Fact]
    public void Brackets_not_followed_by_a_brace_are_plain_text()
    {
        ArticleFile article = TestCorpus.Body("Editorial [the North] said “We go.”{@xi} [and] [the [South] too]{@south}");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("Editorial [the North] said “We go.” [and] the [South] too", article.Body);
        MentionSyntax mention = Assert.Single(article.Mentions);
        Assert.Equal((42, "the [South] too"), (mention.Start, mention.Text));
    }

    [Fact]
    public void Braces_that_do_not_look_like_annotations_are_plain_text()
    {
        ArticleFile article = TestCorpus.Body("Plain {not an annotation} and {} and {terms} and {sayso} here.");

        DiagnosticAssert.None(article.Diagnostics);
        Assert.Equal("Plain {not an annotation} and {} and {terms} and {sayso} here.", article.Body);
    }
}
