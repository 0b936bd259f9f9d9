using System.Linq;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class RegistryDiagnosticsTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void CG0200_a_line_that_is_neither_header_pair_comment_nor_blank()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\nthis is not a pair\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0200",
            Error,
            3,
            1,
            "Expected '@id kind', 'key: value', a '#' comment or a blank line, found 'this is not a pair'",
            18);
        Assert.Equal("A", Assert.Single(registry.Entities).Name);
    }

    [Fact]
    public void CG0200_a_pair_before_any_header()
    {
        RegistryFile registry = TestCorpus.Registry("\nname: orphan\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0200",
            Error,
            2,
            1,
            "Expected '@id kind', 'key: value', a '#' comment or a blank line, found 'name: orphan'",
            12);
    }

    [Theory]
    [InlineData("@a", "@a")]
    [InlineData("  @b person extra", "@b person extra")]
    [InlineData("@ person", "@ person")]
    public void CG0200_a_header_without_exactly_an_id_and_a_kind(string header, string shown)
    {
        RegistryFile registry = TestCorpus.Registry(header + "\n");

        int column = header.IndexOf('@', System.StringComparison.Ordinal) + 1;
        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0200",
            Error,
            1,
            column,
            "Expected '@id kind', 'key: value', a '#' comment or a blank line, found '" + shown + "'",
            shown.Length);
        Assert.Empty(registry.Entities);
    }

    [Fact]
    public void CG0200_a_long_line_is_shortened_in_the_message()
    {
        string line = new string('x', 70);
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\n" + line + "\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0200",
            Error,
            3,
            1,
            "Expected '@id kind', 'key: value', a '#' comment or a blank line, found '" + new string('x', 57) + "...'",
            70);
    }

    [Fact]
    public void CG0201_unknown_kind_with_a_suggestion()
    {
        RegistryFile registry = TestCorpus.Registry("@x persn\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0201",
            Error,
            1,
            4,
            "Unknown entity kind 'persn' (did you mean 'person'?); the kinds are person, organization, country, place, group, event and work",
            5);
        Assert.Empty(registry.Entities);
    }

    [Fact]
    public void CG0201_kinds_are_lowercase()
    {
        RegistryFile registry = TestCorpus.Registry("@x   Country\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0201",
            Error,
            1,
            6,
            "Unknown entity kind 'Country' (did you mean 'country'?); the kinds are person, organization, country, place, group, event and work",
            7);
    }

    [Fact]
    public void CG0201_unknown_kind_without_a_suggestion()
    {
        RegistryFile registry = TestCorpus.Registry("@x spaceship\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0201",
            Error,
            1,
            4,
            "Unknown entity kind 'spaceship'; the kinds are person, organization, country, place, group, event and work",
            9);
    }

    [Fact]
    public void CG0202_missing_name()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\n\n@d person\naliases: D\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0202", Error, 4, 1, "The entity 'd' has no 'name:'", 2);
        Assert.Equal("a", Assert.Single(registry.Entities).Id);
    }

    [Fact]
    public void CG0202_an_empty_name_is_a_missing_name()
    {
        RegistryFile registry = TestCorpus.Registry("@d person\nname:\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0202", Error, 1, 1, "The entity 'd' has no 'name:'", 2);
        Assert.Empty(registry.Entities);
    }

    [Fact]
    public void CG0203_unknown_key_with_a_suggestion()
    {
        RegistryFile registry = TestCorpus.Registry("@e person\nname: E\nnme: E2\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0203", Warning, 3, 1, "Unknown registry key 'nme' (did you mean 'name'?)", 3);
        Assert.Equal("E", Assert.Single(registry.Entities).Name);
    }

    [Fact]
    public void CG0203_unknown_key_without_a_suggestion()
    {
        RegistryFile registry = TestCorpus.Registry("@e person\nname: E\n  colour: red\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0203", Warning, 3, 3, "Unknown registry key 'colour'", 6);
    }

    [Fact]
    public void CG0203_keys_are_case_sensitive()
    {
        RegistryFile registry = TestCorpus.Registry("@e person\nname: E\nAliases: Ee\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0203", Warning, 3, 1, "Unknown registry key 'Aliases' (did you mean 'aliases'?)", 7);
        Assert.Empty(registry.Entities[0].Aliases);
    }

    [Theory]
    [InlineData("15")]
    [InlineData("Q")]
    [InlineData("q42")]
    [InlineData("Q042")]
    [InlineData("Q12a")]
    [InlineData("Q 12")]
    public void CG0204_malformed_wikidata_id(string value)
    {
        RegistryFile registry = TestCorpus.Registry("@e person\nname: E\nwikidata: " + value + "\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0204",
            Warning,
            3,
            11,
            "'" + value + "' is not a Wikidata id (a 'Q' followed by digits); it is ignored",
            value.Length);
        Assert.Null(Assert.Single(registry.Entities).WikidataId);
    }

    [Fact]
    public void CG0205_duplicate_entity_in_one_file_names_the_first()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\n\n  @a country\nname: A again\n");
        EntityTable table = RegistryBinder.Bind(new[] { registry });

        DiagnosticAssert.Single(table.Diagnostics, "CG0205", Error, 4, 3, "The entity 'a' is already declared at corpus/entities.txt(1,1)", 2);
        EntityDeclaration kept = Assert.Single(table.Entities);
        Assert.Equal("A", kept.Name);
    }

    [Fact]
    public void CG0205_duplicate_entity_across_files_names_the_first_file_and_position()
    {
        const string first = "corpus/one/entities.txt";
        const string second = "corpus/two/people.entities.txt";
        RegistryFile one = TestCorpus.Registry("# one\n@a person\nname: A\n", first);
        RegistryFile two = TestCorpus.Registry("@b person\nname: B\n\n@a person\nname: A again\n", second);

        foreach (RegistryFile[] order in new[] { new[] { one, two }, new[] { two, one } })
        {
            EntityTable table = RegistryBinder.Bind(order);

            CorpusDiagnostic diagnostic = DiagnosticAssert.Single(
                table.Diagnostics,
                "CG0205",
                Error,
                4,
                1,
                "The entity 'a' is already declared at corpus/one/entities.txt(2,1)",
                2);
            Assert.Equal(second, diagnostic.FilePath);
            Assert.Equal(new[] { ("a", "A"), ("b", "B") }, table.Entities.Select(e => (e.Id, e.Name)));
        }
    }

    [Fact]
    public void CG0206_invalid_entity_id_with_a_suggestion()
    {
        RegistryFile registry = TestCorpus.Registry("@Victor_Cha person\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0206", Error, 1, 1, "The entity id 'Victor_Cha' is not kebab-case (did you mean 'victor-cha'?)", 11);
        Assert.Empty(registry.Entities);
    }

    [Fact]
    public void CG0206_invalid_entity_id_without_a_suggestion()
    {
        RegistryFile registry = TestCorpus.Registry("@--- person\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0206", Error, 1, 1, "The entity id '---' is not kebab-case", 4);
    }

    [Fact]
    public void CG0207_duplicate_key_keeps_the_first_value()
    {
        RegistryFile registry = TestCorpus.Registry("@e person\nname: E\nname: E2\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0207", Warning, 3, 1, "The key 'name' is given more than once for 'e'; the first value is used", 4);
        Assert.Equal("E", Assert.Single(registry.Entities).Name);
    }

    [Fact]
    public void CG0208_entity_never_mentioned_is_info_at_its_declaration()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/entities.txt", "@a person\nname: A\n\n@unused group\nname: Unused\n"),
            ("corpus/story.txt", "---\ntitle: T\n---\n[A]{@a} spoke.\n"));

        DiagnosticAssert.Single(
            compilation.Diagnostics,
            "CG0208",
            DiagnosticSeverity.Info,
            4,
            1,
            "The entity 'unused' is never mentioned, quoted or cited in the corpus",
            7);
    }

    [Fact]
    public void CG0208_a_speaker_or_a_source_counts_as_a_use()
    {
        CorpusCompilation compilation = TestCorpus.Compile(
            ("corpus/entities.txt", "@a person\nname: A\n\n@wire organization\nname: Wire\n"),
            ("corpus/story.txt", "---\ntitle: T\nsource: @wire\n---\n“Yes.”{@a}\n"));

        DiagnosticAssert.None(compilation.Diagnostics);
    }

    [Fact]
    public void CG0209_affiliation_that_is_not_a_reference()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\naffiliations: csis; @ok\n");

        DiagnosticAssert.Single(registry.Diagnostics, "CG0209", Error, 3, 15, "An affiliation must be an entity reference '@id', found 'csis'", 4);
        Assert.Equal(new[] { "ok" }, registry.Entities[0].Affiliations.Select(a => a.Id));
    }

    [Fact]
    public void CG0309_malformed_affiliation_reference()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\naffiliations: @ok; @Bad_Org\n");

        DiagnosticAssert.Single(
            registry.Diagnostics,
            "CG0309",
            Error,
            3,
            20,
            "'@Bad_Org' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean '@bad-org'?)",
            8);
    }

    [Fact]
    public void CG0300_unresolved_affiliation_is_reported_in_the_registry_and_dropped()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\naffiliations: @georgtown; @csis\n\n@georgetown organization\nname: Georgetown\n");
        EntityTable table = RegistryBinder.Bind(new[] { registry });

        Assert.Collection(
            table.Diagnostics,
            d => DiagnosticAssert.Is(d, "CG0300", Error, 3, 15, "Unknown entity '@georgtown' (did you mean '@georgetown'?)", 10),
            d => DiagnosticAssert.Is(d, "CG0300", Error, 3, 27, "Unknown entity '@csis'", 5));
        Assert.Empty(table.Find("a")!.Affiliations);
    }

    [Fact]
    public void CG0400_two_entity_ids_with_one_CSharp_name()
    {
        EntityTable table = RegistryBinder.Bind(new[] { TestCorpus.Registry("@x-1 person\nname: X1\n\n@x1 person\nname: X one\n") });

        DiagnosticAssert.Single(
            table.Diagnostics,
            "CG0400",
            Error,
            4,
            1,
            "The entity 'x1' and the entity 'x-1' (at corpus/entities.txt(1,1)) both become the C# name 'X1'",
            3);
        Assert.Equal("x-1", Assert.Single(table.Entities).Id);
    }

    [Fact]
    public void CG0401_entity_all_collides_with_Entities_All()
    {
        EntityTable table = RegistryBinder.Bind(new[] { TestCorpus.Registry("@all country\nname: All\n") });

        DiagnosticAssert.Single(
            table.Diagnostics,
            "CG0401",
            Error,
            1,
            1,
            "The entity 'all' becomes the C# name 'All', which collides with the generated member 'Entities.All'",
            4);
        Assert.Empty(table.Entities);
    }

    [Fact]
    public void CG0401_entity_named_like_its_kind_class()
    {
        EntityTable table = RegistryBinder.Bind(new[] { TestCorpus.Registry("@people person\nname: P\n") });

        DiagnosticAssert.Single(
            table.Diagnostics,
            "CG0401",
            Error,
            1,
            1,
            "The entity 'people' becomes the C# name 'People', which collides with the generated member class 'People' itself (a member cannot be named like its class)",
            7);
    }

    [Theory]
    [InlineData("@x persn\nname: X\naliases: Ex\n")]
    [InlineData("@Bad_Id person\nname: X\naliases: Ex\n")]
    [InlineData("@x person extra\nname: X\naliases: Ex\n")]
    public void A_bad_header_yields_one_diagnostic_and_its_block_is_skipped(string text)
    {
        RegistryFile registry = TestCorpus.Registry(text + "\n@y person\nname: Y\n");

        Assert.Single(registry.Diagnostics);
        Assert.Equal("y", Assert.Single(registry.Entities).Id);
    }
}
