using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class RegistryParserTests
{
    private const string VictorCha = """
        # People
        @victor-cha person
        name: Victor D. Cha
        aliases: Victor Cha; Mr. Cha ;  ; Cha;Victor Cha
        description: Professor at Georgetown University and Korea chair at CSIS.
        affiliations: @georgetown-university; @csis
        wikidata: Q15031

        # Places
        @beijing place
        name: Beijing
        """;

    [Fact]
    public void Reads_blocks_in_file_order()
    {
        RegistryFile registry = TestCorpus.Registry(VictorCha);

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal(new[] { "victor-cha", "beijing" }, registry.Entities.Select(e => e.Id));
        Assert.Equal(TestCorpus.RegistryPath, registry.FilePath);
    }

    [Fact]
    public void Reads_every_key_of_a_block()
    {
        EntityDeclaration cha = TestCorpus.Registry(VictorCha).Entities[0];

        Assert.Equal(EntityKind.Person, cha.Kind);
        Assert.Equal("Victor D. Cha", cha.Name);
        Assert.Equal("Professor at Georgetown University and Korea chair at CSIS.", cha.Description);
        Assert.Equal("Q15031", cha.WikidataId);
        Assert.Equal(TestCorpus.RegistryPath, cha.FilePath);
    }

    [Fact]
    public void Aliases_are_split_by_semicolons_trimmed_and_deduplicated()
    {
        EntityDeclaration cha = TestCorpus.Registry(VictorCha).Entities[0];

        Assert.Equal(new[] { "Victor Cha", "Mr. Cha", "Cha" }, cha.Aliases);
    }

    [Fact]
    public void Affiliations_are_references_with_their_positions()
    {
        EntityDeclaration cha = TestCorpus.Registry(VictorCha).Entities[0];

        Assert.Equal(new[] { "georgetown-university", "csis" }, cha.Affiliations.Select(a => a.Id));
        // "affiliations: " is 14 characters; "@georgetown-university; " is 24.
        Assert.Equal((6, 15, 22), (cha.Affiliations[0].Span.Line, cha.Affiliations[0].Span.Column, cha.Affiliations[0].Span.Length));
        Assert.Equal((6, 39, 5), (cha.Affiliations[1].Span.Line, cha.Affiliations[1].Span.Column, cha.Affiliations[1].Span.Length));
    }

    [Fact]
    public void The_id_span_covers_the_at_sign_and_the_id()
    {
        RegistryFile registry = TestCorpus.Registry(VictorCha);

        Assert.Equal((2, 1, 11), (registry.Entities[0].IdSpan.Line, registry.Entities[0].IdSpan.Column, registry.Entities[0].IdSpan.Length));
        Assert.Equal((10, 1, 8), (registry.Entities[1].IdSpan.Line, registry.Entities[1].IdSpan.Column, registry.Entities[1].IdSpan.Length));
    }

    [Fact]
    public void Optional_keys_default_to_empty()
    {
        EntityDeclaration beijing = TestCorpus.Registry(VictorCha).Entities[1];

        Assert.Equal(EntityKind.Place, beijing.Kind);
        Assert.Empty(beijing.Aliases);
        Assert.Empty(beijing.Affiliations);
        Assert.Null(beijing.Description);
        Assert.Null(beijing.WikidataId);
    }

    [Theory]
    [InlineData("person", EntityKind.Person)]
    [InlineData("organization", EntityKind.Organization)]
    [InlineData("country", EntityKind.Country)]
    [InlineData("place", EntityKind.Place)]
    [InlineData("group", EntityKind.Group)]
    [InlineData("event", EntityKind.Event)]
    [InlineData("work", EntityKind.Work)]
    public void Reads_every_kind(string keyword, EntityKind kind)
    {
        RegistryFile registry = TestCorpus.Registry("@thing " + keyword + "\nname: Thing\n");

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal(kind, Assert.Single(registry.Entities).Kind);
    }

    [Fact]
    public void A_comment_line_inside_a_block_does_not_end_it()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\n# the name follows\nname: A\n");

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal("A", Assert.Single(registry.Entities).Name);
    }

    [Fact]
    public void Several_blank_lines_and_lines_of_spaces_separate_blocks()
    {
        RegistryFile registry = TestCorpus.Registry("\n\n@a person\nname: A\n  \t\n\n@b country\nname: B\n\n");

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal(new[] { "a", "b" }, registry.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_header_directly_after_a_block_starts_a_new_block()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: A\n@b person\nname: B\n");

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal(new[] { "A", "B" }, registry.Entities.Select(e => e.Name));
    }

    [Fact]
    public void Values_are_trimmed_and_may_hold_colons()
    {
        EntityDeclaration entity = Assert.Single(TestCorpus.Registry("@a work\nname:   Title: A Subtitle  \t\n").Entities);

        Assert.Equal("Title: A Subtitle", entity.Name);
    }

    [Fact]
    public void Names_and_aliases_are_normalised_to_NFC()
    {
        EntityDeclaration entity = Assert.Single(TestCorpus.Registry("@cafe place\nname: Cafe\u0301\naliases: Le Cafe\u0301\n").Entities);

        Assert.Equal("Caf\u00E9", entity.Name);
        Assert.Equal(new[] { "Le Caf\u00E9" }, entity.Aliases);
    }

    [Fact]
    public void An_empty_registry_file_is_no_error()
    {
        RegistryFile registry = TestCorpus.Registry(string.Empty);

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Empty(registry.Entities);
    }

    [Fact]
    public void CRLF_and_CR_line_endings_give_the_same_entities_and_positions()
    {
        string lf = "@a person\nname: A\naliases: Ay; Aye\naffiliations: @b\n\n@b organization\nname: B\nnme: typo\n";
        RegistryFile fromLf = TestCorpus.Registry(lf);
        RegistryFile fromCrLf = TestCorpus.Registry(lf.Replace("\n", "\r\n", System.StringComparison.Ordinal));
        RegistryFile fromCr = TestCorpus.Registry(lf.Replace("\n", "\r", System.StringComparison.Ordinal));

        foreach (RegistryFile other in new[] { fromCrLf, fromCr })
        {
            Assert.Equal(
                fromLf.Entities.Select(e => (e.Id, e.Kind, e.Name, string.Join("|", e.Aliases), e.IdSpan.Line, e.IdSpan.Column)),
                other.Entities.Select(e => (e.Id, e.Kind, e.Name, string.Join("|", e.Aliases), e.IdSpan.Line, e.IdSpan.Column)));
            Assert.Equal(
                fromLf.Diagnostics.Select(d => (d.Id, d.Span.Line, d.Span.Column, d.Span.Length, d.Message)),
                other.Diagnostics.Select(d => (d.Id, d.Span.Line, d.Span.Column, d.Span.Length, d.Message)));
        }

        DiagnosticAssert.Single(fromCrLf.Diagnostics, "CG0203", DiagnosticSeverity.Warning, 8, 1, "Unknown registry key 'nme' (did you mean 'name'?)", 3);
    }
}
