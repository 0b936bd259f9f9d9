using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Corpus mistakes surface as Roslyn diagnostics with the exact id, severity, file and
/// 1-based line/column (as <c>GetLineSpan()</c> reports them, which is what MSBuild prints).
/// </summary>
public sealed class DiagnosticLocationTests
{
    [Fact]
    public void Unknown_entity_is_CG0300_at_the_reference_with_a_suggestion()
    {
        const string text = "---\ntitle: Broken\n---\nFirst paragraph with [Victor Cha]{@victr-cha} inside.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("broken.txt", text));

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/broken.txt(4,35,4,45): error CG0300", DiagnosticAssert.Where(diagnostic));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Unknown entity '@victr-cha' (did you mean '@victor-cha'?)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text.IndexOf("@victr-cha", System.StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Equal("@victr-cha".Length, diagnostic.Location.SourceSpan.Length);
        Assert.Equal("https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#cg0300", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Unicode_line_separators_in_earlier_lines_do_not_shift_the_line()
    {
        // Roslyn's SourceText breaks lines at U+2028, U+2029 and U+0085; the format does not.
        const string text = "---\ntitle: Separators\u2028in the title\n---\n"
            + "One\u2028two, a paragraph\u2029separator and a next\u0085line.\n\n"
            + "Second [Victor Cha]{@victr-cha} here.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("separators.txt", text));

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/separators.txt(6,21,6,31): error CG0300", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void Columns_count_UTF16_code_units_of_the_original_line_including_separators()
    {
        const string text = "---\ntitle: Same line\n---\nA\u2028B \U0001F600 [Victor Cha]{@victr-cha}.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("same-line.txt", text));

        // "A", U+2028, "B", " ", two units for U+1F600, " ", "[Victor Cha]", "{": 20 units, so '@' is in column 21.
        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/same-line.txt(4,21,4,31): error CG0300", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void CRLF_files_report_the_same_lines_and_columns()
    {
        const string text = "---\r\ntitle: Broken\r\npublished: 2024-13-45\r\n---\r\n\r\nFirst paragraph with [Victor Cha]{@victr-cha} inside.\r\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("crlf.txt", text));

        Assert.Equal(
            new[]
            {
                "/corpus/crlf.txt(3,12,3,22): error CG0103",
                "/corpus/crlf.txt(6,35,6,45): error CG0300",
            },
            ErrorsAndWarnings(run).Select(DiagnosticAssert.Where).OrderBy(s => s, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_title_is_reported_once_at_the_start_of_the_file_and_generates_nothing_for_it()
    {
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("untitled.txt", "---\nsource: Nobody\n---\nText.\n"));

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/untitled.txt(1,1,1,1): error CG0100", DiagnosticAssert.Where(diagnostic));
        Assert.DoesNotContain("Untitled", run.Source("Articles.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_diagnostic_is_reported_once()
    {
        InMemoryAdditionalText registry = Fixtures.File("entities.txt", "@victor-cha person\nname: Victor D. Cha\nnmae: typo\n");
        InMemoryAdditionalText article = Fixtures.File("a.txt", "---\ntitle: A\n---\n[Victor D. Cha]{@victor-cha} spoke.\n");
        GeneratorRun run = GeneratorHarness.Run(new[] { registry, article });

        Diagnostic diagnostic = Assert.Single(ErrorsAndWarnings(run));
        Assert.Equal("/corpus/entities.txt(3,1,3,5): warning CG0203", DiagnosticAssert.Where(diagnostic));
    }

    [Fact]
    public void Generator_diagnostics_never_have_a_location_inside_generated_code()
    {
        const string text = "---\ntitle: Broken\n---\n[X]{@nobody} and \"unattributed\" and [Victor Cha]{@beijing says}.\n";
        GeneratorRun run = RunWithBasicRegistry(Fixtures.File("many.txt", text));

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d =>
        {
            Assert.StartsWith("CG", d.Id, System.StringComparison.Ordinal);
            Assert.True(d.Location == Location.None || d.Location.GetLineSpan().Path.StartsWith("/corpus/", System.StringComparison.Ordinal), d.ToString());
        });
    }

    /// <summary>
    /// One mistake per diagnostic id, beside Fixtures/basic, through the real driver: the place as
    /// Roslyn reports it (start and end, which IDEs underline) and the message.
    /// </summary>
    [Theory]
    [InlineData("CG0001", "case.txt", "\n\n", "/corpus/case.txt(1,1,1,1): warning CG0001: The corpus file 'case.txt' is empty")]
    [InlineData("CG0002", "case.txt", "---\ntitle: T\n---\nS\uFFFDo Paulo.\n", "/corpus/case.txt(4,2,4,3): warning CG0002: The file holds a replacement character (U+FFFD): it is probably not valid UTF-8 near 'S\uFFFDo Paulo.'")]
    [InlineData("CG0005", "case.txt", "---\ntitle: T\n---\nOne \uFEFFtwo.\n", "/corpus/case.txt(4,5,4,6): warning CG0005: A byte-order mark (U+FEFF) stands inside the text, near 'One two.': files were probably pasted together; delete it")]
    [InlineData("CG0100", "case.txt", "---\nTitle: T\n---\nBody.\n", "/corpus/case.txt(2,1,2,6): error CG0100: The article 'case' has no 'title:' in its front matter ('Title' is not the key 'title')")]
    [InlineData("CG0101", "case.txt", "---\ntitle: T\nBody.\n", "/corpus/case.txt(1,1,1,4): error CG0101: The front matter opened by '---' is never closed by a second '---' line")]
    [InlineData("CG0102", "case.txt", "---\ntitle: T\nsumary: S\n---\n", "/corpus/case.txt(3,1,3,7): warning CG0102: Unknown front-matter key 'sumary' (did you mean 'summary'?)")]
    [InlineData("CG0103", "case.txt", "---\ntitle: T\nupdated: 2024-02-30\n---\n", "/corpus/case.txt(3,10,3,20): error CG0103: '2024-02-30' is not a date in the form yyyy-MM-dd (key 'updated')")]
    [InlineData("CG0104", "case.txt", "---\ntitle: T\nlanguage: en_GB\n---\n", "/corpus/case.txt(3,11,3,16): warning CG0104: 'en_GB' is not a well-formed BCP 47 language tag")]
    [InlineData("CG0105", "case.txt", "---\ntitle: T\ntags: asia; North Korea\n---\n", "/corpus/case.txt(3,13,3,24): warning CG0105: The tag 'North Korea' is not kebab-case (a-z, 0-9 and single hyphens)")]
    [InlineData("CG0106", "case.txt", "---\ntitle: T\nby David Pierson\n---\n", "/corpus/case.txt(3,1,3,17): error CG0106: Expected 'key: value' in the front matter, found 'by David Pierson'")]
    [InlineData("CG0107", "case.txt", "---\ntitle: T\nlanguage: en\nlanguage: fr\n---\n", "/corpus/case.txt(4,1,4,9): warning CG0107: The key 'language' is given more than once; the first value is used")]
    [InlineData("CG0108", "case.txt", "---\nid: Case_One\ntitle: T\n---\n", "/corpus/case.txt(2,5,2,13): error CG0108: The article id 'Case_One' is not kebab-case (did you mean 'case-one'?)")]
    [InlineData("CG0109", "z.txt", "---\nid: sample-article\ntitle: T\n---\n", "/corpus/z.txt(2,5,2,19): error CG0109: The article id 'sample-article' is already used by /corpus/sample-article.txt")]
    [InlineData("CG0110", "case.txt", "---\ntitle: T\nbyline:\n---\n", "/corpus/case.txt(3,1,3,7): warning CG0110: The key 'byline' has no value")]
    [InlineData("CG0111", "case.txt", "---\ntitle: T\nsource: [China]{@china} desk\n---\n", "/corpus/case.txt(3,16,3,24): error CG0111: The annotation '{@china}' is not allowed in 'source', which is plain text; annotations are allowed in summary, image, image-credit and note")]
    [InlineData("CG0200", "more.entities.txt", "@kim person\nname: Kim\nKim Jong-un\n", "/corpus/more.entities.txt(3,1,3,12): error CG0200: Expected '@id kind', 'key: value', a '#' comment or a blank line, found 'Kim Jong-un'")]
    [InlineData("CG0201", "more.entities.txt", "@kim persom\nname: Kim\n", "/corpus/more.entities.txt(1,6,1,12): error CG0201: Unknown entity kind 'persom' (did you mean 'person'?); the kinds are person, organization, country, place, group, event and work")]
    [InlineData("CG0202", "more.entities.txt", "@kim person\naliases: Kim\n", "/corpus/more.entities.txt(1,1,1,5): error CG0202: The entity 'kim' has no 'name:'")]
    [InlineData("CG0203", "more.entities.txt", "@kim person\nname: Kim\nwikidta: Q1\n", "/corpus/more.entities.txt(3,1,3,8): warning CG0203: Unknown registry key 'wikidta' (did you mean 'wikidata'?)")]
    [InlineData("CG0204", "more.entities.txt", "@kim person\nname: Kim\nwikidata: 56226\n", "/corpus/more.entities.txt(3,11,3,16): warning CG0204: '56226' is not a Wikidata id (a 'Q' followed by digits); it is ignored")]
    [InlineData("CG0205", "more.entities.txt", "@china country\nname: China\n", "/corpus/more.entities.txt(1,1,1,7): error CG0205: The entity 'china' is already declared at /corpus/entities.txt(11,1)")]
    [InlineData("CG0206", "more.entities.txt", "@Kim person\nname: Kim\n", "/corpus/more.entities.txt(1,1,1,5): error CG0206: The entity id 'Kim' is not kebab-case (did you mean 'kim'?)")]
    [InlineData("CG0207", "more.entities.txt", "@kim person\nname: Kim\nname: Kim Jong-un\n", "/corpus/more.entities.txt(3,1,3,5): warning CG0207: The key 'name' is given more than once for 'kim'; the first value is used")]
    [InlineData("CG0208", "more.entities.txt", "@kim person\nname: Kim\n", "/corpus/more.entities.txt(1,1,1,5): info CG0208: The entity 'kim' is never mentioned, quoted or cited in the corpus")]
    [InlineData("CG0209", "more.entities.txt", "@kim person\nname: Kim\naffiliations: Workers' Party\n", "/corpus/more.entities.txt(3,15,3,29): error CG0209: An affiliation must be an entity reference '@id', found 'Workers' Party'")]
    [InlineData("CG0300", "case.txt", "---\ntitle: T\n---\n[China]{@chnia}\n", "/corpus/case.txt(4,9,4,15): error CG0300: Unknown entity '@chnia' (did you mean '@china'?)")]
    [InlineData("CG0301", "case.txt", "---\ntitle: T\n---\n“We rise.”{@beijing}\n", "/corpus/case.txt(4,12,4,20): error CG0301: '@beijing' is a place and cannot be a speaker; attribute the quotation to a person, organization, country, group or work")]
    [InlineData("CG0302", "case.txt", "---\ntitle: T\n---\n[China]{@china said.\n", "/corpus/case.txt(4,8,4,21): error CG0302: The annotation '{@china said.' is not closed by '}' before the end of the paragraph")]
    [InlineData("CG0303", "case.txt", "---\ntitle: T\n---\n“Yes.”{@china drect}\n", "/corpus/case.txt(4,15,4,20): error CG0303: Unknown annotation word 'drect' (did you mean 'direct'?)")]
    [InlineData("CG0304", "case.txt", "---\ntitle: T\n---\n[China] {@china}\n", "/corpus/case.txt(4,9,4,17): error CG0304: The annotation '{@china}' follows neither ']' nor a closing quotation mark")]
    [InlineData("CG0305", "case.txt", "---\ntitle: T\n---\nHe said “yes.”\n", "/corpus/case.txt(4,9,4,10): warning CG0305: Unattributed quotation 'yes.': attribute it with {@id} or mark it {term}")]
    [InlineData("CG0306", "case.txt", "---\ntitle: T\n---\n[Cha]{@victor-cha}\n", "/corpus/case.txt(4,1,4,19): warning CG0306: The mention 'Cha' is neither the name nor an alias of '@victor-cha'; add it to the entity's aliases")]
    [InlineData("CG0307", "case.txt", "---\ntitle: T\n---\nHe said “yes.\n", "/corpus/case.txt(4,9,4,10): warning CG0307: The quotation mark '“' has no closing mark in its paragraph")]
    [InlineData("CG0308", "case.txt", "---\ntitle: T\n---\n[China]{term}\n", "/corpus/case.txt(4,8,4,14): error CG0308: Invalid annotation '{term}': 'term' marks text in quotation marks, not a [...] span")]
    [InlineData("CG0309", "case.txt", "---\ntitle: T\n---\n[China]{@China}\n", "/corpus/case.txt(4,9,4,15): error CG0309: '@China' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@china'?)")]
    [InlineData("CG0310", "case.txt", "---\ntitle: T\n---\n[China]{@china #text}\n", "/corpus/case.txt(4,16,4,21): error CG0310: The name '#text' (a mention) collides with the inherited member 'Text': each #name becomes a member of the article's generated class")]
    [InlineData("CG0311", "case.txt", "---\ntitle: T\n---\n[]{@china}\n", "/corpus/case.txt(4,1,4,11): error CG0311: The mention annotated by '{@china}' has no text")]
    [InlineData("CG0312", "case.txt", "---\ntitle: T\n---\n[China]{@china} and Beijing talked.\n", "/corpus/case.txt(4,21,4,28): info CG0312: 'Beijing' is a name of '@beijing' but is not annotated: write [Beijing]{@beijing}")]
    [InlineData("CG0313", "case.txt", "---\ntitle: T\n---\n[China]{@china} waited.\n\n“We will see,” Mr. Cha said.\n", "/corpus/case.txt(6,1,6,15): info CG0313: The quotation 'We will see,' is probably spoken by '@victor-cha' (quote-cue-after/cue-subject): attribute it with {@victor-cha}")]
    [InlineData("CG0400", "more.entities.txt", "@kim-1 person\nname: Kim\n\n@kim1 person\nname: Kim\n", "/corpus/more.entities.txt(4,1,4,6): error CG0400: The entity 'kim1' and the entity 'kim-1' (at /corpus/more.entities.txt(1,1)) both become the C# name 'Kim1'")]
    [InlineData("CG0401", "all.txt", "---\ntitle: T\n---\n", "/corpus/all.txt(1,1,1,1): error CG0401: The article 'all' becomes the C# name 'All', which collides with the generated member 'Articles.All'")]
    public void Each_id_is_reported_at_its_exact_span_with_its_message(string id, string file, string text, string expected)
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic().Append(Fixtures.File(file, text)));

        // The basic fixture has a recall-aid info of its own (an unannotated 'China'): only the case's file counts.
        Diagnostic diagnostic = Assert.Single(run.WithId(id), d => d.Location.GetLineSpan().Path.EndsWith("/" + file, StringComparison.Ordinal));
        Assert.Equal(expected, DiagnosticAssert.Where(diagnostic) + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_id_has_a_case_above_or_its_own_test()
    {
        // CG0003 needs a 50-million-character file (Corpus.Syntax.Tests has it); CG0004, CG0900
        // and CG0901 need a failing file, a failing generator or an old C#: tests below and in GeneratorFailureTests;
        // CG0902–CG0904 need project properties or consumer C#: NamespaceSettingTests, HostileConsumerTests.
        string[] own = { "CG0003", "CG0004", "CG0900", "CG0901", "CG0902", "CG0903", "CG0904" };
        string[] covered = typeof(DiagnosticLocationTests).GetMethod(nameof(Each_id_is_reported_at_its_exact_span_with_its_message))!
            .GetCustomAttributes(typeof(InlineDataAttribute), inherit: false)
            .Select(a => (string)((InlineDataAttribute)a).GetData(null!).Single()[0])
            .ToArray();

        Assert.Equal(Corpus.Generator.Diagnostics.CorpusDescriptors.All.Select(d => d.Id).Except(own), covered);
    }

    [Fact]
    public void CG0004_is_at_the_start_of_the_unreadable_file_with_the_reason()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic().Cast<AdditionalText>().Append(new UnreadableAdditionalText("/corpus/locked.txt", new System.IO.IOException("The file is locked."))));

        Diagnostic diagnostic = Assert.Single(run.WithId("CG0004"));
        Assert.Equal("/corpus/locked.txt(1,1,1,1): error CG0004: The corpus file could not be read: IOException: The file is locked.", DiagnosticAssert.Where(diagnostic) + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CG0901_has_no_location_and_names_the_language_version()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9 });

        Diagnostic diagnostic = Assert.Single(run.WithId("CG0901"));
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal("The generated corpus needs C# 11 or later (UTF-8 string literals); this project uses C# 9.0. Set <LangVersion>11</LangVersion> or later.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    internal static IReadOnlyList<Diagnostic> ErrorsAndWarnings(GeneratorRun run) =>
        run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    private static GeneratorRun RunWithBasicRegistry(InMemoryAdditionalText article) =>
        GeneratorHarness.Run(new[] { Fixtures.Basic().Single(t => t.Path.EndsWith("entities.txt", System.StringComparison.Ordinal)), article });
}
