using System.Collections.Generic;
using System.Threading.Tasks;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Lsp.Tests.Infrastructure;
using StreamJsonRpc;

namespace Corpus.Lsp.Tests;

/// <summary>Go to definition, hover, find references and rename on the test corpus (line 3: the China and North Korea mentions; line 5: the Victor Cha quotation).</summary>
public sealed class NavigationTests
{
    private static TextDocumentPositionParams At(string uri, int line, int character) =>
        new(new TextDocumentIdentifier(uri), new Position(line, character));

    [Theory]
    [InlineData(3, 10, 5, 0, 6)]   // on '@china'
    [InlineData(3, 2, 5, 0, 6)]    // on the mention's text 'China'
    [InlineData(3, 40, 9, 0, 12)]  // on '@north-korea'
    [InlineData(5, 20, 0, 0, 11)]  // on the quotation's speaker '@victor-cha'
    public async Task Definition_goes_to_the_registry_line(int line, int character, int registryLine, int start, int end)
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article);

        Location location = await client.RequestAsync<Location>("textDocument/definition", At(uri, line, character));

        Assert.Equal(corpus.Uri("entities.txt"), location.Uri);
        Assert.Equal(new Range(new Position(registryLine, start), new Position(registryLine, end)), location.Range);
    }

    [Fact]
    public async Task Definition_of_plain_text_or_an_unknown_id_is_null()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article.Replace("{@china}", "{@chinaa}", System.StringComparison.Ordinal));

        Assert.Null(await client.RequestAsync<Location?>("textDocument/definition", At(uri, 1, 3)));
        Assert.Null(await client.RequestAsync<Location?>("textDocument/definition", At(uri, 3, 10)));
    }

    [Fact]
    public async Task Hover_on_a_mention_shows_the_entity_card_with_its_counts()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article);

        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", At(uri, 5, 32));

        Assert.Equal("markdown", hover.Contents.Kind);
        Assert.Equal(
            "**Victor D. Cha** · person · `@victor-cha`\n\nKorea chair at the Center for Strategic and International Studies.\n\nAliases: Mr. Cha\n\n1 mention, 1 quotation, in 1 article",
            hover.Contents.Value);
        Assert.Equal(new Range(new Position(5, 29), new Position(5, 51)), hover.Range);
    }

    [Fact]
    public async Task Hover_on_a_quotation_shows_its_speaker_and_kind()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article);

        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", At(uri, 5, 5));

        Assert.Equal("**Direct quotation** by **Victor D. Cha** (person) `@victor-cha`\n\n> We are close,", hover.Contents.Value);
        Assert.Equal(new Range(new Position(5, 0), new Position(5, 28)), hover.Range);
    }

    [Fact]
    public async Task Hover_on_an_unknown_id_suggests_the_nearest()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article.Replace("{@china}", "{@chinaa}", System.StringComparison.Ordinal));

        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", At(uri, 3, 10));

        Assert.Equal("**Unknown entity** `@chinaa` (did you mean '@china'?): no registry declares it.", hover.Contents.Value);
        Assert.Equal(new Range(new Position(3, 8), new Position(3, 15)), hover.Range);
    }

    [Fact]
    public async Task References_list_every_use_across_the_corpus_and_the_declaration()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/more.txt", "---\ntitle: More\nsource: @china\n---\nIn [Beijing]{@china}, “Yes.”{@china}\n");
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string registry = corpus.Uri("entities.txt");
        await client.OpenAsync(registry, TestCorpus.Registry);

        List<Location> all = await client.RequestAsync<List<Location>>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(registry), new Position(5, 3), new ReferenceContext(true)));
        List<Location> uses = await client.RequestAsync<List<Location>>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(registry), new Position(5, 3), new ReferenceContext(false)));

        string more = corpus.Uri("articles/more.txt");
        string talks = corpus.Uri("articles/talks.txt");
        var expectedUses = new List<Location>
        {
            new(more, new Range(new Position(2, 8), new Position(2, 14))),
            new(more, new Range(new Position(4, 13), new Position(4, 19))),
            new(more, new Range(new Position(4, 29), new Position(4, 35))),
            new(talks, new Range(new Position(3, 8), new Position(3, 14))),
        };
        Assert.Equal(expectedUses, uses);
        Assert.Equal(new[] { new Location(registry, new Range(new Position(5, 0), new Position(5, 6))) }, all.GetRange(0, 1));
        Assert.Equal(expectedUses, all.GetRange(1, 4));
    }

    [Fact]
    public async Task Rename_changes_the_id_in_every_article_and_registry()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article);

        PrepareRenameResult prepared = await client.RequestAsync<PrepareRenameResult>("textDocument/prepareRename", At(uri, 3, 10));
        WorkspaceEdit edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), new Position(3, 10), "prc"));

        Assert.Equal(new PrepareRenameResult(new Range(new Position(3, 9), new Position(3, 14)), "china"), prepared);
        Assert.Equal(new[] { corpus.Uri("articles/talks.txt"), corpus.Uri("entities.txt") }, edit.Changes.Keys);
        Assert.Equal(new[] { new TextEdit(new Range(new Position(3, 9), new Position(3, 14)), "prc") }, edit.Changes[uri]);
        Assert.Equal(new[] { new TextEdit(new Range(new Position(5, 1), new Position(5, 6)), "prc") }, edit.Changes[corpus.Uri("entities.txt")]);
    }

    [Theory]
    [InlineData("PRC!", "'PRC!' is not a valid id: an id is kebab-case (a-z, 0-9 and single hyphens) (did you mean 'prc'?)")]
    [InlineData("@north-korea", "The entity 'north-korea' already exists.")]
    public async Task Rename_to_an_invalid_or_taken_id_fails_with_a_reason(string newName, string message)
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article);

        RemoteInvocationException error = await Assert.ThrowsAsync<RemoteInvocationException>(
            () => client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), new Position(3, 10), newName)));

        Assert.Equal(message, error.Message);
        Assert.Equal(-32803, (int)error.ErrorCode);
    }
}
