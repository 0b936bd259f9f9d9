using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;
using Xunit;

namespace Corpus.Syntax.Tests;

/// <summary>
/// A front-matter or registry value, or an item of a <c>;</c> list, made only of invisible
/// white space (a no-break space, an em space, a zero-width space) is empty, as the same value
/// made of nothing is: no title, no entity name and no alias can be invisible.
/// </summary>
public sealed class BlankValueTests
{
    [Fact]
    public void A_title_of_a_no_break_space_is_a_missing_title()
    {
        ArticleFile blank = TestCorpus.Article("---\ntitle: \u00A0\n---\nBody.\n");
        ArticleFile empty = TestCorpus.Article("---\ntitle:\n---\nBody.\n");

        Assert.Equal(DiagnosticAssert.Describe(empty.Diagnostics), DiagnosticAssert.Describe(blank.Diagnostics));
        Assert.Contains("CG0100", DiagnosticAssert.Describe(blank.Diagnostics), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_of_an_em_space_and_a_zero_width_space_is_CG0110()
    {
        ArticleFile article = TestCorpus.Article("---\ntitle: T\nsummary: \u2003\u200B\n---\nBody.\n");

        DiagnosticAssert.Single(article.Diagnostics, "CG0110", DiagnosticSeverity.Warning, 3, 1, "The key 'summary' has no value", 7);
    }

    [Fact]
    public void An_entity_name_of_a_no_break_space_is_a_missing_name()
    {
        RegistryFile registry = TestCorpus.Registry("@a person\nname: \u00A0\n");

        Assert.Empty(registry.Entities);
        Assert.Equal("corpus/entities.txt(1,1): error CG0202: The entity 'a' has no 'name:'", DiagnosticAssert.Describe(registry.Diagnostics));
    }

    [Fact]
    public void An_alias_of_invisible_white_space_is_an_empty_item_and_ignored()
    {
        RegistryFile registry = TestCorpus.Registry("@b person\nname: B\naliases: \u00A0; X;\u3000\u200B\n");

        DiagnosticAssert.None(registry.Diagnostics);
        Assert.Equal(new[] { "X" }, Assert.Single(registry.Entities).Aliases);
    }
}
