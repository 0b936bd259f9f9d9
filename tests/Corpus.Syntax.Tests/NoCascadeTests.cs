using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

/// <summary>FORMAT.md: an annotation with an error adds nothing to the model, so it causes no further diagnostics.</summary>
public class NoCascadeTests
{
    private const string Registry = """
        @a person
        name: A

        @b person
        name: B

        @russia country
        name: Russia

        @beijing place
        name: Beijing
        """;

    private static CorpusCompilation Compile(string body) =>
        TestCorpus.Compile(("corpus/entities.txt", Registry), ("corpus/story.txt", "---\ntitle: T\n---\n" + body));

    [Theory]
    [InlineData("[A]{@a sayz} then [B]{@b}.", "CG0303")]
    [InlineData("[A]{@Bad} then [B]{@b}.", "CG0309")]
    [InlineData("[A]{} then [B]{@b}.", "CG0308")]
    [InlineData("A]{@a} then [B]{@b}.", "CG0308")]
    [InlineData("[A] {@a} then [B]{@b}.", "CG0304")]
    [InlineData("[]{@a} then [B]{@b}.", "CG0311")]
    [InlineData("“Hello,”{@a #Bad_Name} then [B]{@b}.", "CG0308")]
    [InlineData("“Hello,”{@a unknown-word} then [B]{@b}.", "CG0303")]
    [InlineData("“Hello,”{says @a} then [B]{@b}.", "CG0308")]
    public void One_bad_annotation_yields_one_diagnostic_and_the_paragraph_keeps_its_other_mentions(string body, string id)
    {
        ArticleFile article = TestCorpus.Body(body);

        CorpusDiagnostic diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(article.Quotations);
        MentionSyntax b = Assert.Single(article.Mentions);
        Assert.Equal(("b", "B"), (b.Entity.Id, b.Text));
        Assert.Equal("B", article.Body.Substring(b.Start, b.Length));
    }

    [Fact]
    public void A_bad_quotation_annotation_keeps_the_mentions_inside_it()
    {
        ArticleFile article = TestCorpus.Body("“[Russia]{@russia} is bad,”{@a direct partial} said [B]{@b}.");

        Assert.Equal("CG0308", Assert.Single(article.Diagnostics).Id);
        Assert.Empty(article.Quotations);
        Assert.Equal(new[] { "russia", "b" }, article.Mentions.Select(m => m.Entity.Id));
        Assert.Equal("“Russia is bad,” said B.", article.Body);
    }

    [Fact]
    public void An_unknown_speaker_yields_one_diagnostic_and_keeps_the_nested_mentions()
    {
        CorpusCompilation compilation = Compile("“[Russia]{@russia} is bad,”{@nobody} said [A]{@a} to [B]{@b}.");

        DiagnosticAssert.Single(compilation.Diagnostics.WithoutUnused(), "CG0300", DiagnosticSeverity.Error, 4, 29, "Unknown entity '@nobody'", 7);
        ArticleFile article = Assert.Single(compilation.Articles).Article;
        Assert.Empty(article.Quotations);
        Assert.Equal(new[] { "russia", "a", "b" }, article.Mentions.Select(m => m.Entity.Id));
    }

    [Fact]
    public void An_unknown_entity_is_not_also_a_surface_form_warning()
    {
        CorpusCompilation compilation = Compile("[Whoever]{@nobody} and [A]{@a} and [B]{@b} and [Russia]{@russia}.");

        Assert.Equal("CG0300", Assert.Single(compilation.Diagnostics.WithoutUnused()).Id);
    }

    [Fact]
    public void A_speaker_that_cannot_speak_yields_one_error()
    {
        CorpusCompilation compilation = Compile("“No.”{@beijing} [A]{@a} [B]{@b} [Russia]{@russia}");

        Assert.Equal("CG0301", Assert.Single(compilation.Diagnostics.WithoutUnused()).Id);
        Assert.Empty(compilation.Articles[0].Article.Quotations);
    }

    [Fact]
    public void A_speaker_that_cannot_speak_is_not_also_reported_as_never_mentioned()
    {
        CorpusCompilation compilation = Compile("“No.”{@beijing} [A]{@a} [B]{@b} [Russia]{@russia}");

        Assert.Equal("CG0301", Assert.Single(compilation.Diagnostics).Id);
    }

    [Fact]
    public void An_unclosed_annotation_after_a_quotation_yields_one_diagnostic()
    {
        ArticleFile article = TestCorpus.Body("He said “x”{@a");

        DiagnosticAssert.Single(article.Diagnostics, "CG0302", DiagnosticSeverity.Error, 4, 12, "The annotation '{@a' is not closed by '}' before the end of the paragraph", 3);
        Assert.Empty(article.Quotations);
    }

    [Fact]
    public void Mentions_of_an_entity_rejected_for_its_CSharp_name_are_not_unknown()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/entities.txt", "@x-1 person\nname: X1\n\n@x1 person\nname: X one\n\n@all group\nname: All\n"),
            ("corpus/story.txt", "---\ntitle: T\n---\n[X1]{@x-1} [X one]{@x1} [All]{@all}"));

        Assert.Equal(new[] { "CG0400", "CG0401" }, compilation.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("@nameless person\naliases: N\n", "CG0202")]
    [InlineData("@nameless persn\nname: N\n", "CG0201")]
    public void References_to_a_rejected_declaration_are_not_unknown(string registry, string id)
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/entities.txt", registry),
            ("corpus/story.txt", "---\ntitle: T\n---\n[N]{@nameless}"));

        Assert.Equal(id, Assert.Single(compilation.Diagnostics).Id);
    }

    [Fact]
    public void Errors_in_two_paragraphs_are_independent()
    {
        ArticleFile article = TestCorpus.Body("“Open [A]{@a}\n\nNext {@x} [B]{@b}.");

        Assert.Equal(new[] { ("CG0307", 4), ("CG0304", 6) }, article.Diagnostics.Select(d => (d.Id, d.Span.Line)));
        Assert.Equal(new[] { "a", "b" }, article.Mentions.Select(m => m.Entity.Id));
    }
}
