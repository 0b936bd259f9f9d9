using System.Linq;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class BindingDiagnosticsTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private const string Registry = """
        @victor-cha person
        name: Victor D. Cha
        aliases: Victor Cha; Mr. Cha

        @beijing place
        name: Beijing

        @summit event
        name: The Summit

        @china country
        name: China

        @csis organization
        name: CSIS
        """;

    private static CorpusCompilation Compile(string body, string frontMatter = "title: T") =>
        TestCorpus.Compile(("corpus/entities.txt", Registry), ("corpus/story.txt", "---\n" + frontMatter + "\n---\n" + body));

    [Fact]
    public void A_well_annotated_article_binds_without_diagnostics()
    {
        CorpusCompilation compilation = Compile("[Victor Cha]{@victor-cha} of [CSIS]{@csis}: “[China]{@china} waits.”{@victor-cha} [The Summit]{@summit} in [Beijing]{@beijing}.");

        DiagnosticAssert.None(compilation.Diagnostics);
        ArticleFile article = Assert.Single(compilation.Articles).Article;
        Assert.Equal(5, article.Mentions.Count);
        Assert.Single(article.Quotations);
    }

    [Fact]
    public void CG0300_unknown_entity_in_a_mention_with_a_suggestion()
    {
        CorpusCompilation compilation = Compile("He met [Cha]{@victr-cha}.");

        DiagnosticAssert.One(compilation.Diagnostics.WithoutUnused(), "CG0300", Error, 4, 14, "Unknown entity '@victr-cha' (did you mean '@victor-cha'?)", 10);
        Assert.Empty(compilation.Articles[0].Article.Mentions);
    }

    [Fact]
    public void CG0300_unknown_entity_without_a_suggestion()
    {
        CorpusCompilation compilation = Compile("“Yes.”{@nobody-at-all}");

        DiagnosticAssert.One(compilation.Diagnostics.WithoutUnused(), "CG0300", Error, 4, 8, "Unknown entity '@nobody-at-all'", 14);
        Assert.Empty(compilation.Articles[0].Article.Quotations);
    }

    [Fact]
    public void CG0300_unknown_speaker_of_reported_speech()
    {
        CorpusCompilation compilation = Compile("[It will rain]{says @chna}");

        DiagnosticAssert.One(compilation.Diagnostics.WithoutUnused(), "CG0300", Error, 4, 21, "Unknown entity '@chna' (did you mean '@china'?)", 5);
    }

    [Fact]
    public void CG0300_unknown_source()
    {
        CorpusCompilation compilation = Compile("Body.", "title: T\nsource: @csiss");

        DiagnosticAssert.One(compilation.Diagnostics.WithoutUnused(), "CG0300", Error, 3, 9, "Unknown entity '@csiss' (did you mean '@csis'?)", 6);
        Assert.Null(compilation.Articles[0].Article.SourceEntity);
    }

    [Fact]
    public void CG0300_unknown_entity_in_a_front_matter_field()
    {
        CorpusCompilation compilation = Compile("Body.", "title: T\nsummary: Said [Cha]{@cha}.");

        DiagnosticAssert.One(compilation.Diagnostics.WithoutUnused(), "CG0300", Error, 3, 21, "Unknown entity '@cha' (did you mean '@china'?)", 4);
    }

    [Fact]
    public void CG0300_in_an_article_without_any_registry()
    {
        CorpusCompilation compilation = TestCorpus.Compile(("corpus/story.txt", "---\ntitle: T\n---\n[A]{@a}"));

        DiagnosticAssert.Single(compilation.Diagnostics, "CG0300", Error, 4, 5, "Unknown entity '@a'", 2);
    }

    [Fact]
    public void CG0301_a_place_cannot_speak()
    {
        CorpusCompilation compilation = Compile("[Victor Cha]{@victor-cha}: “Hi.”{@beijing}");

        DiagnosticAssert.One(
            compilation.Diagnostics,
            "CG0301",
            Error,
            4,
            34,
            "'@beijing' is a place and cannot be a speaker; attribute the quotation to a person, organization, country, group or work",
            8);
        Assert.Empty(compilation.Articles[0].Article.Quotations);
    }

    [Fact]
    public void CG0301_a_place_cannot_report_speech()
    {
        CorpusCompilation compilation = Compile("[Beijing will act]{says @beijing}");

        DiagnosticAssert.One(
            compilation.Diagnostics,
            "CG0301",
            Error,
            4,
            25,
            "'@beijing' is a place and cannot be a speaker; attribute the quotation to a person, organization, country, group or work",
            8);
    }

    [Fact]
    public void CG0301_an_event_cannot_speak()
    {
        CorpusCompilation compilation = Compile("“Go.”{@summit}");

        CorpusDiagnostic diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CG0301");
        Assert.Equal((Error, 4, 7, 7), (diagnostic.Severity, diagnostic.Span.Line, diagnostic.Span.Column, diagnostic.Span.Length));
        Assert.StartsWith("'@summit' is a", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.EndsWith(" event and cannot be a speaker; attribute the quotation to a person, organization, country, group or work", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Empty(compilation.Articles[0].Article.Quotations);
    }

    [Fact]
    public void CG0301_message_for_an_event_is_grammatical()
    {
        CorpusCompilation compilation = Compile("“Go.”{@summit}");

        DiagnosticAssert.One(
            compilation.Diagnostics,
            "CG0301",
            Error,
            4,
            7,
            "'@summit' is an event and cannot be a speaker; attribute the quotation to a person, organization, country, group or work",
            7);
    }

    [Fact]
    public void CG0301_a_place_may_be_mentioned_and_a_country_may_speak()
    {
        CorpusCompilation compilation = Compile("[Beijing]{@beijing} said: “No.”{@china}");

        DiagnosticAssert.None(compilation.Diagnostics.WithoutUnused());
    }

    [Fact]
    public void CG0306_surface_that_is_neither_name_nor_alias()
    {
        CorpusCompilation compilation = Compile("He met [Cha]{@victor-cha}.");

        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0306",
            Warning,
            4,
            8,
            "The mention 'Cha' is neither the name nor an alias of '@victor-cha'; add it to the entity's aliases",
            18);
        Assert.Single(compilation.Articles[0].Article.Mentions);
    }

    [Fact]
    public void CG0306_surface_forms_are_compared_ordinally()
    {
        CorpusCompilation compilation = Compile("[mr. cha]{@victor-cha} and [Mr. Cha]{@victor-cha} and [Victor D. Cha]{@victor-cha}");

        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0306",
            Warning,
            4,
            1,
            "The mention 'mr. cha' is neither the name nor an alias of '@victor-cha'; add it to the entity's aliases",
            22);
    }

    [Fact]
    public void CG0306_surface_forms_are_compared_after_NFC()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/entities.txt", "@cafe place\nname: Caf\u00E9\n"),
            ("corpus/story.txt", "---\ntitle: T\n---\n[Cafe\u0301]{@cafe}"));

        DiagnosticAssert.None(compilation.Diagnostics);
    }

    [Fact]
    public void CG0306_a_multi_line_mention_is_compared_with_single_spaces()
    {
        CorpusCompilation compilation = Compile("He met [Victor\n   D. Cha]{@victor-cha}.");

        DiagnosticAssert.None(compilation.Diagnostics.WithoutUnused());
    }

    [Fact]
    public void CG0310_a_name_that_collides_with_an_inherited_member()
    {
        CorpusCompilation compilation = Compile("[China]{@china #text}");

        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0310",
            Error,
            4,
            16,
            "The name '#text' (a mention) collides with the inherited member 'Text': each #name becomes a member of the article's generated class",
            5);
        MentionSyntax mention = Assert.Single(compilation.Articles[0].Article.Mentions);
        Assert.Null(mention.Name);
    }

    [Fact]
    public void CG0310_two_annotations_with_one_name()
    {
        CorpusCompilation compilation = Compile("[China]{@china #nice} “Quote.”{@china #nice}");

        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0310",
            Error,
            4,
            39,
            "The name '#nice' (a quotation) collides with '#nice' at corpus/story.txt(4,16): each #name becomes a member of the article's generated class",
            5);
        ArticleFile article = compilation.Articles[0].Article;
        Assert.Equal("nice", Assert.Single(article.Mentions).Name);
        Assert.Null(Assert.Single(article.Quotations).Name);
    }

    [Fact]
    public void CG0310_two_names_with_one_CSharp_name()
    {
        CorpusCompilation compilation = Compile("“A.”{@china #x-1} “B.”{@china #x1}");

        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0310",
            Error,
            4,
            31,
            "The name '#x1' (a quotation) collides with '#x-1' at corpus/story.txt(4,13): each #name becomes a member of the article's generated class",
            3);
    }

    [Fact]
    public void CG0310_a_name_that_collides_with_the_article_class()
    {
        CorpusCompilation compilation = Compile("[China]{@china #story}");

        DiagnosticAssert.Single(
            compilation.Diagnostics.WithoutUnused(),
            "CG0310",
            Error,
            4,
            16,
            "The name '#story' (a mention) collides with the class name 'Story': each #name becomes a member of the article's generated class",
            6);
    }

    [Fact]
    public void Binding_keeps_every_resolved_annotation()
    {
        const string body = "[China]{@china} “Yes.”{@victor-cha} “term”{term} [Beijing said no]{says @china}";
        ArticleFile parsed = TestCorpus.Article("---\ntitle: T\n---\n" + body, "corpus/story.txt");
        EntityTable table = RegistryBinder.Bind(new[] { TestCorpus.Registry(Registry) });

        BoundArticle bound = ArticleBinder.Bind(parsed, table);

        Assert.Empty(bound.Diagnostics);
        Assert.True(bound.IsGenerated);
        Assert.Equal(parsed, bound.Article);
    }
}
