using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Lsp.Tests.Infrastructure;

namespace Corpus.Lsp.Tests;

/// <summary>Completion inside an annotation being typed (the text after the cursor is what an author has so far).</summary>
public sealed class CompletionTests
{
    private static async Task<CompletionList> CompleteAsync(string line)
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/new.txt");
        await client.OpenAsync(uri, "---\ntitle: New\n---\n" + line);
        return await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(3, line.Length)));
    }

    [Fact]
    public async Task After_an_at_sign_the_ids_that_start_with_the_prefix_are_offered_with_name_kind_and_description()
    {
        CompletionList list = await CompleteAsync("Said [Mr. Cha]{@vic");

        CompletionItem item = Assert.Single(list.Items);
        Assert.Equal("victor-cha", item.Label);
        Assert.Equal("person · Victor D. Cha", item.Detail);
        Assert.Equal("Korea chair at the Center for Strategic and International Studies.\n\nAliases: Mr. Cha", item.Documentation!.Value);
        Assert.Equal(new TextEdit(new Range(new Position(3, 16), new Position(3, 19)), "victor-cha"), item.TextEdit);
        Assert.True(list.IsIncomplete);
    }

    [Fact]
    public async Task An_empty_prefix_offers_every_id_in_order()
    {
        CompletionList list = await CompleteAsync("[China]{@");

        Assert.Equal(new[] { "china", "north-korea", "victor-cha" }, list.Items.Select(i => i.Label));
        Assert.Equal(new Range(new Position(3, 9), new Position(3, 9)), list.Items[0].TextEdit.Range);
    }

    [Theory]
    [InlineData("[Mr. Cha]{@mr", "victor-cha")]         // an alias
    [InlineData("[the North]{@korea", "north-korea")]   // a word of the id
    [InlineData("[Pyongyang]{@d.p", "north-korea")]     // the alias D.P.R.K.
    public async Task Filtering_matches_aliases_names_and_id_words(string line, string expected)
    {
        CompletionList list = await CompleteAsync(line);

        Assert.Equal(expected, Assert.Single(list.Items).Label);
    }

    [Fact]
    public async Task Ids_are_ranked_id_prefix_first_then_names()
    {
        CompletionList list = await CompleteAsync("[x]{@c");

        // 'china' starts with c; 'victor-cha' has a word 'cha' and the alias 'Mr. Cha'.
        Assert.Equal(new[] { "china", "victor-cha" }, list.Items.Select(i => i.Label));
    }

    [Fact]
    public async Task After_a_bracket_the_word_is_says_and_after_a_quotation_mark_term_direct_or_partial()
    {
        CompletionList bracket = await CompleteAsync("[it was fine]{s");
        CompletionList quotation = await CompleteAsync("“Fine.”{");

        CompletionItem says = Assert.Single(bracket.Items);
        Assert.Equal("says", says.Label);
        Assert.Equal(new TextEdit(new Range(new Position(3, 14), new Position(3, 15)), "says"), says.TextEdit);
        Assert.Equal(new[] { "term", "direct", "partial" }, quotation.Items.Select(i => i.Label));
    }

    [Fact]
    public async Task After_a_hash_names_are_made_from_the_annotated_text()
    {
        CompletionList list = await CompleteAsync("“We are close,”{@victor-cha #we");

        Assert.Equal(new[] { "we", "we-are", "we-are-close" }, list.Items.Select(i => i.Label));
        Assert.Equal(new TextEdit(new Range(new Position(3, 29), new Position(3, 31)), "we"), list.Items[0].TextEdit);
        Assert.Equal("member WeAreClose of the article's class", list.Items[2].Detail);
    }

    [Fact]
    public async Task Outside_an_annotation_nothing_is_offered()
    {
        Assert.Empty((await CompleteAsync("Plain text, no markup")).Items);
        Assert.Empty((await CompleteAsync("[China]{@china} and")).Items);
        Assert.Empty((await CompleteAsync("[him]{@victor d")).Items); // after a space, "d" is a new word: no word starts with it

    }

    [Fact]
    public async Task An_affiliation_in_the_registry_completes_ids_too()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("entities.txt");
        string text = TestCorpus.Registry + "\n@kim person\nname: Kim\naffiliations: @nor";
        await client.OpenAsync(uri, text);

        CompletionList list = await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(16, 18)));

        Assert.Equal(new TextEdit(new Range(new Position(16, 15), new Position(16, 18)), "north-korea"), Assert.Single(list.Items).TextEdit);
    }
}
