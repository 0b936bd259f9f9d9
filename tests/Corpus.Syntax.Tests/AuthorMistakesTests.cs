using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

/// <summary>
/// Mistakes a corpus author makes while typing, each in an otherwise correct corpus: every one
/// gives exactly the diagnostics listed (file, line, column, length, severity, id, message),
/// never a cascade, and the rest of the article, here the mention of China, is still generated.
/// </summary>
public class AuthorMistakesTests
{
    private const string Registry =
        "@victor-cha person\nname: Victor D. Cha\naliases: Victor Cha; Mr. Cha\n\n@china country\nname: China\n\n@beijing place\nname: Beijing\n";

    private const string Head = "---\ntitle: T\n---\n";

    /// <summary>A registry mistake, with an article that uses both entities.</summary>
    private const string UsesBoth = Head + "[China]{@china} [Victor Cha]{@victor-cha}\n";

    public static TheoryData<string, string, string[]> ArticleMistakes => new()
    {
        { "typo in an id", Head + "[Mr. Cha]{@victor-chaa} said [China]{@china} wins.\n", new[] { "corpus/a.txt(4,11)+12: error CG0300: Unknown entity '@victor-chaa' (did you mean '@victor-cha'?)" } },
        { "{@} without an id", Head + "“We will win.”{@} said [China]{@china}.\n", new[] { "corpus/a.txt(4,16)+1: error CG0309: '@' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens)" } },
        { "{@ china} with a space", Head + "[China]{@china} and [the country]{@ china}\n", new[] { "corpus/a.txt(4,35)+1: error CG0309: '@' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@china'?)" } },
        { "{@@china}", Head + "[China]{@china} and [the country]{@@china}\n", new[] { "corpus/a.txt(4,35)+7: error CG0309: '@@china' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@china'?)" } },
        { "id with uppercase", Head + "[Mr. Cha]{@Victor-Cha} said. [China]{@china}\n", new[] { "corpus/a.txt(4,11)+11: error CG0309: '@Victor-Cha' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@victor-cha'?)" } },
        { "zero-width space in an id", Head + "[China]{@china} [China]{@chi\u200Bna}\n", new[] { "corpus/a.txt(4,25)+7: error CG0309: '@chi\u200Bna' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@china'?) (it holds the invisible character U+200B)" } },
        { "{says} without a speaker", Head + "[China will win]{says} and [China]{@china}.\n", new[] { "corpus/a.txt(4,17)+6: error CG0308: Invalid annotation '{says}': 'says' needs a speaker: {says @id}" } },
        { "{says} with two speakers", Head + "[China]{@china} [we win]{says @victor-cha @china}\n", new[] { "corpus/a.txt(4,43)+6: error CG0308: Invalid annotation '{says @victor-cha @china}': it names more than one entity ('@victor-cha' and '@china')" } },
        { "{says} after a quotation", Head + "“Yes.”{says @victor-cha} [China]{@china}\n", new[] { "corpus/a.txt(4,7)+18: error CG0308: Invalid annotation '{says @victor-cha}': 'says' marks reported speech in a [...] span; a quotation takes {@id}" } },
        { "{term @x}", Head + "He called it “a deal”{term @victor-cha} and [China]{@china}.\n", new[] { "corpus/a.txt(4,22)+18: error CG0308: Invalid annotation '{term @victor-cha}': a term has no speaker: write {term} or {@id}, not both" } },
        { "#name on a term", Head + "“a deal”{term #deal} and [China]{@china}.\n", new[] { "corpus/a.txt(4,9)+12: error CG0308: Invalid annotation '{term #deal}': a term takes no name and no kind" } },
        { "# without a name", Head + "“Yes.”{@victor-cha #} [China]{@china}\n", new[] { "corpus/a.txt(4,20)+1: error CG0308: Invalid annotation '{@victor-cha #}': '#' is not a valid name (a '#' and a kebab-case name)" } },
        { "#Name in PascalCase", Head + "“Yes.”{@victor-cha #Derail} [China]{@china}\n", new[] { "corpus/a.txt(4,20)+7: error CG0308: Invalid annotation '{@victor-cha #Derail}': '#Derail' is not a valid name (a '#' and a kebab-case name)" } },
        { "duplicate #name", Head + "“One.”{@victor-cha #x} and “Two.”{@victor-cha #x} [China]{@china}\n", new[] { "corpus/a.txt(4,47)+2: error CG0310: The name '#x' (a quotation) collides with '#x' at corpus/a.txt(4,20): each #name becomes a member of the article's generated class" } },
        { "misspelled kind word", Head + "“Yes.”{@victor-cha drect} [China]{@china}\n", new[] { "corpus/a.txt(4,20)+5: error CG0303: Unknown annotation word 'drect' (did you mean 'direct'?)" } },
        { "doubled braces", Head + "[China]{@china} [China]{{@china}} said.\n", new[] { "corpus/a.txt(4,25)+7: error CG0303: Unknown annotation word '{@china'" } },
        { "space between ] and {", Head + "[Mr. Cha] {@victor-cha} said. [China]{@china}\n", new[] { "corpus/a.txt(4,11)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark" } },
        { "forgotten ]", Head + "[China]{@china} and [Beijing{@beijing} said.\n", new[] { "corpus/a.txt(4,29)+10: error CG0304: The annotation '{@beijing}' follows neither ']' nor a closing quotation mark" } },
        { "single quotation marks", Head + "'We rise,'{@victor-cha} said [China]{@china}\n", new[] { "corpus/a.txt(4,11)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark (single quotation marks are not quotation marks in the format: write “…” or \"…\")" } },
        { "British single curly marks", Head + "‘We rise,’{@victor-cha} said [China]{@china}\n", new[] { "corpus/a.txt(4,11)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark (single quotation marks are not quotation marks in the format: write “…” or \"…\")" } },
        { "annotation after a parenthesis that closes a quotation", Head + "[China]{@china} (“Yes.”){@victor-cha}\n", new[] { "corpus/a.txt(4,25)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark" } },
        { "annotation inside a quotation that goes on", Head + "“One.{@victor-cha}\n\n“Two.” [China]{@china}\n", new[] { "corpus/a.txt(4,6)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark (it stands inside the quotation opened at line 4, column 1: is its closing mark missing before it?)" } },
        { "closing mark forgotten before the annotation", Head + "He said “yes.{@victor-cha} and [China]{@china} left.\n", new[] { "corpus/a.txt(4,14)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark (it stands inside the quotation opened at line 4, column 9: is its closing mark missing before it?)" } },
        { "closing mark forgotten in the summary", "---\ntitle: T\nsummary: He said “yes.{@victor-cha}\n---\n[China]{@china}\n", new[] { "corpus/a.txt(3,23)+13: error CG0304: The annotation '{@victor-cha}' follows neither ']' nor a closing quotation mark (it stands inside the quotation opened at line 3, column 18: is its closing mark missing before it?)" } },
        { "annotation in the title", "---\ntitle: [China]{@china} rises\n---\n[China]{@china}\n", new[] { "corpus/a.txt(2,15)+8: error CG0111: The annotation '{@china}' is not allowed in 'title', which is plain text; annotations are allowed in summary, image, image-credit and note" } },
        { "annotation in the byline", "---\ntitle: T\nbyline: [Victor Cha]{@victor-cha}; Ann Lee\n---\n[China]{@china}\n", new[] { "corpus/a.txt(3,21)+13: error CG0111: The annotation '{@victor-cha}' is not allowed in 'byline', which is plain text; annotations are allowed in summary, image, image-credit and note" } },
        { "file saved as Latin-1", Head + "S\uFFFDo Paulo and Bras\uFFFDlia\nand Bogot\uFFFD.\n\nMore caf\uFFFD and [China]{@china}.\n", new[] { "corpus/a.txt(4,2)+1: warning CG0002: The file holds a replacement character (U+FFFD): it is probably not valid UTF-8 near 'S\uFFFDo Paulo and Bras\uFFFDl'" } },
        { "closing mark typed twice", Head + "“Yes.””{@victor-cha} [China]{@china}\n", new[] { "corpus/a.txt(4,8)+13: error CG0308: Invalid annotation '{@victor-cha}': the quotation mark before it closes no quotation" } },
        {
            "continuing paragraph without its opening mark",
            Head + "“One.\n\nTwo.”{@victor-cha} [China]{@china}\n",
            new[] { "corpus/a.txt(6,6)+13: error CG0308: Invalid annotation '{@victor-cha}': the quotation mark before it closes no quotation (the quotation opened at line 4, column 1 ends its paragraph unclosed: open each continuing paragraph with '“')" }
        },
        { "mention across a paragraph break", Head + "[Mr.\n\nCha]{@victor-cha} said. [China]{@china}\n", new[] { "corpus/a.txt(6,5)+13: error CG0308: Invalid annotation '{@victor-cha}': the ']' before it closes no '['" } },
        { "unclosed annotation", Head + "[China]{@china} and [Mr. Cha]{@victor-cha said.\n", new[] { "corpus/a.txt(4,30)+18: error CG0302: The annotation '{@victor-cha said.' is not closed by '}' before the end of the paragraph" } },
        { "empty quotation", Head + "“”{@victor-cha} [China]{@china}\n", new[] { "corpus/a.txt(4,1)+1: error CG0311: The quotation annotated by '{@victor-cha}' has no text" } },
        { "empty term", Head + "“”{term} [China]{@china}\n", new[] { "corpus/a.txt(4,1)+1: error CG0311: The quotation annotated by '{term}' has no text" } },
        { "a place speaks", Head + "“We rise.”{@beijing} [China]{@china}\n", new[] { "corpus/a.txt(4,12)+8: error CG0301: '@beijing' is a place and cannot be a speaker; attribute the quotation to a person, organization, country, group or work" } },
        { "typo in a reported speaker", Head + "[we rise]{says @beijng} [China]{@china}\n", new[] { "corpus/a.txt(4,16)+7: error CG0300: Unknown entity '@beijng' (did you mean '@beijing'?)" } },
        { "nested quotation left unattributed", Head + "“He said “we win” and left.”{@victor-cha} [China]{@china}\n", new[] { "corpus/a.txt(4,10)+1: warning CG0305: Unattributed quotation 'we win': attribute it with {@id} or mark it {term}" } },
        { "surface form in the wrong case", Head + "[mr. cha]{@victor-cha} [China]{@china}\n", new[] { "corpus/a.txt(4,1)+22: warning CG0306: The mention 'mr. cha' is neither the name nor an alias of '@victor-cha'; add it to the entity's aliases" } },
        { "byte-order mark in the middle", Head + "First \uFEFF[China]{@china}.\n", new[] { "corpus/a.txt(4,7)+1: warning CG0005: A byte-order mark (U+FEFF) stands inside the text, near 'First [China]{@chin': files were probably pasted together; delete it" } },
        { "front matter without its closing ---", "---\ntitle: T\n[China]{@china} is the body.\n", new[] { "corpus/a.txt(1,1)+3: error CG0101: The front matter opened by '---' is never closed by a second '---' line" } },
        { "Title: in uppercase", "---\nTitle: T\n---\n[China]{@china}\n", new[] { "corpus/a.txt(2,1)+5: error CG0100: The article 'a' has no 'title:' in its front matter ('Title' is not the key 'title')" } },
        { "titel:", "---\ntitel: T\nsummary: S\n---\n[China]{@china}\n", new[] { "corpus/a.txt(2,1)+5: error CG0100: The article 'a' has no 'title:' in its front matter ('titel' is not the key 'title')" } },
        {
            "two misspelled titles",
            "---\nTitle: T\ntitel: U\n---\n[China]{@china}\n",
            new[]
            {
                "corpus/a.txt(2,1)+5: error CG0100: The article 'a' has no 'title:' in its front matter ('Title' is not the key 'title')",
                "corpus/a.txt(3,1)+5: warning CG0102: Unknown front-matter key 'titel' (did you mean 'title'?)",
            }
        },
        { "a misspelled title beside the title", "---\ntitle: T\nTitle: U\n---\n[China]{@china}\n", new[] { "corpus/a.txt(3,1)+5: warning CG0102: Unknown front-matter key 'Title' (did you mean 'title'?)" } },
        { "title without its colon", "---\ntitle T\n---\n[China]{@china}\n", new[] { "corpus/a.txt(2,1)+7: error CG0106: Expected 'key: value' in the front matter, found 'title T'" } },
        { "a date without its leading zero", "---\ntitle: T\npublished: 2024-10-5\n---\n[China]{@china}\n", new[] { "corpus/a.txt(3,12)+9: error CG0103: '2024-10-5' is not a date in the form yyyy-MM-dd (key 'published')" } },
        { "CRLF line endings", "---\r\ntitle: T\r\n---\r\n[China]{@chna} said [China]{@china}.\r\n", new[] { "corpus/a.txt(4,9)+5: error CG0300: Unknown entity '@chna' (did you mean '@china'?)" } },
        { "a bad mention inside reported speech", Head + "[[China]{@chna} will win]{says @victor-cha} and [China]{@china}\n", new[] { "corpus/a.txt(4,10)+5: error CG0300: Unknown entity '@chna' (did you mean '@china'?)" } },
    };

    public static TheoryData<string, string, string[]> RegistryMistakes => new()
    {
        { "header without a kind", "@victor-cha\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,1)+11: error CG0200: Expected '@id kind', 'key: value', a '#' comment or a blank line, found '@victor-cha'" } },
        { "space after @", "@ victor-cha person\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,1)+19: error CG0200: Expected '@id kind', 'key: value', a '#' comment or a blank line, found '@ victor-cha person'" } },
        { "three words in a header", "@victor-cha person extra\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,1)+24: error CG0200: Expected '@id kind', 'key: value', a '#' comment or a blank line, found '@victor-cha person extra'" } },
        { "entity id with uppercase", "@Victor-Cha person\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,1)+11: error CG0206: The entity id 'Victor-Cha' is not kebab-case (did you mean 'victor-cha'?)" } },
        { "kind in uppercase", "@victor-cha Person\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,13)+6: error CG0201: Unknown entity kind 'Person' (did you mean 'person'?); the kinds are person, organization, country, place, group, event and work" } },
        { "no name", "@victor-cha person\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,1)+11: error CG0202: The entity 'victor-cha' has no 'name:'" } },
        { "declared twice", "@victor-cha person\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n\n@victor-cha person\nname: Victor Cha\n", new[] { "corpus/entities.txt(8,1)+11: error CG0205: The entity 'victor-cha' is already declared at corpus/entities.txt(1,1)" } },
        { "front-matter dashes in a registry", "---\n@victor-cha person\nname: Victor D. Cha\naliases: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(1,1)+3: error CG0200: Expected '@id kind', 'key: value', a '#' comment or a blank line, found '---'" } },
        {
            "affiliations to unknown ids",
            "@victor-cha person\nname: Victor D. Cha\naliases: Victor Cha\naffiliations: @csis; @chna\n\n@china country\nname: China\n",
            new[] { "corpus/entities.txt(4,15)+5: error CG0300: Unknown entity '@csis'", "corpus/entities.txt(4,22)+5: error CG0300: Unknown entity '@chna' (did you mean '@china'?)" }
        },
        { "misspelled aliases key", "@victor-cha person\nname: Victor D. Cha\nalias: Victor Cha\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(3,1)+5: warning CG0203: Unknown registry key 'alias' (did you mean 'aliases'?)" } },
        { "lowercase q in a Wikidata id", "@victor-cha person\nname: Victor D. Cha\naliases: Victor Cha\nwikidata: q123\n\n@china country\nname: China\n", new[] { "corpus/entities.txt(4,11)+4: warning CG0204: 'q123' is not a Wikidata id (a 'Q' followed by digits); it is ignored" } },
        { "CRLF and a misspelled kind", "@china country\r\nname: China\r\n\r\n@victor-cha persn\r\nname: Victor D. Cha\r\naliases: Victor Cha\r\n", new[] { "corpus/entities.txt(4,13)+5: error CG0201: Unknown entity kind 'persn' (did you mean 'person'?); the kinds are person, organization, country, place, group, event and work" } },
    };

    [Theory]
    [MemberData(nameof(ArticleMistakes))]
    public void An_article_mistake_gives_exactly_its_diagnostics_and_keeps_the_rest(string mistake, string article, string[] expected)
    {
        CorpusCompilation compilation = TestCorpus.Compile((TestCorpus.RegistryPath, Registry), ("corpus/a.txt", article));

        Assert.True(expected.SequenceEqual(Lines(compilation)), mistake + ":\n" + string.Join("\n", Lines(compilation)));
        if (mistake is not ("Title: in uppercase" or "titel:" or "two misspelled titles" or "title without its colon"))
        {
            BoundArticle bound = Assert.Single(compilation.Articles);
            Assert.Contains(bound.Article.Mentions, m => m.Entity.Id == "china" && m.Text == "China");
        }
    }

    [Theory]
    [MemberData(nameof(RegistryMistakes))]
    public void A_registry_mistake_gives_exactly_its_diagnostics_and_no_unknown_entity_in_the_articles(string mistake, string registry, string[] expected)
    {
        CorpusCompilation compilation = TestCorpus.Compile((TestCorpus.RegistryPath, registry), ("corpus/a.txt", UsesBoth));

        Assert.True(expected.SequenceEqual(Lines(compilation)), mistake + ":\n" + string.Join("\n", Lines(compilation)));
        BoundArticle bound = Assert.Single(compilation.Articles);
        Assert.Contains(bound.Article.Mentions, m => m.Entity.Id == "china");
    }

    [Theory]
    [InlineData("a backslash at the end of a line", Head + "Line one ends \\\nline two [China]{@china}.\n", "Line one ends \\ line two China.")]
    [InlineData("--- inside the body", Head + "First [China]{@china}.\n---\nSecond.\n", "First China. --- Second.")]
    [InlineData("tabs around words", Head + "\t[China]{@china}\tsaid\t“x.”{@victor-cha}\n", "China\tsaid\t“x.”")]
    [InlineData("spaces inside the braces", Head + "[China]{ @china }\n", "China")]
    [InlineData("a no-break space between the id and the #name", Head + "[China]{@china\u00A0#land}\n", "China")]
    [InlineData("a blank line before the front matter", "\n---\ntitle: T\n---\n[China]{@china}\n", "China")]
    [InlineData("indented and trailing-space dashes", " ---\ntitle: T\n--- \n[China]{@china}\n", "China")]
    [InlineData("a lone [ in the text", Head + "[China]{@china} and [the North said.\n", "China and [the North said.")]
    [InlineData("a stray }", Head + "China} said [China]{@china}\n", "China} said China")]
    public void Harmless_slips_are_accepted_as_written(string slip, string article, string text)
    {
        CorpusCompilation compilation = TestCorpus.Compile((TestCorpus.RegistryPath, Registry), ("corpus/a.txt", article));

        Assert.True(Lines(compilation).Count == 0, slip + ":\n" + string.Join("\n", Lines(compilation)));
        ArticleFile parsed = Assert.Single(compilation.Articles).Article;
        Assert.Equal("T", parsed.Title);
        Assert.Equal(text, parsed.Body);
        Assert.Contains(parsed.Mentions, m => m.Entity.Id == "china" && m.Text == "China");
    }

    [Fact]
    public void Empty_alias_items_and_a_trailing_semicolon_are_ignored()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            (TestCorpus.RegistryPath, "@victor-cha person\nname: Victor D. Cha\naliases: Victor Cha;; Mr. Cha;\n\n@china country\nname: China\naffiliations: ;@victor-cha;\n"),
            ("corpus/a.txt", UsesBoth));

        Assert.Empty(Lines(compilation));
        Assert.Equal(new[] { "Victor Cha", "Mr. Cha" }, compilation.Entities.Find("victor-cha")!.Aliases);
        Assert.Equal(new[] { "victor-cha" }, compilation.Entities.Find("china")!.Affiliations.Select(a => a.Id));
    }

    [Fact]
    public void A_no_break_space_separates_words_inside_an_annotation()
    {
        ArticleFile article = TestCorpus.Body("“Yes.”{@victor-cha\u00A0#yes}");

        QuotationSyntax quote = Assert.Single(article.Quotations);
        Assert.Equal(("victor-cha", "yes"), (quote.Speaker!.Id, quote.Name));
    }

    /// <summary>Every diagnostic but CG0208 as <c>path(line,col)+length: severity ID: message</c>.</summary>
    private static List<string> Lines(CorpusCompilation compilation) =>
        compilation.Diagnostics.WithoutUnused()
            .Select(d => d.FilePath + "(" + d.Span.Line + "," + d.Span.Column + ")+" + d.Span.Length + ": " + d.ToMSBuildString().Substring(d.ToMSBuildString().IndexOf(": ", System.StringComparison.Ordinal) + 2))
            .ToList();
}
