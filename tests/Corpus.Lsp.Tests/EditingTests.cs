using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Lsp.Tests.Infrastructure;

namespace Corpus.Lsp.Tests;

/// <summary>Code actions, the outline and semantic tokens.</summary>
public sealed class EditingTests
{
    private static async Task<(List<CodeAction> Actions, PublishDiagnosticsParams Diagnostics)> ActionsAsync(TestCorpus corpus, LspTestClient client, string text, Range range)
    {
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, text);
        PublishDiagnosticsParams diagnostics = await client.DiagnosticsAsync(uri, version: 1);
        List<CodeAction> actions = await client.RequestAsync<List<CodeAction>>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(diagnostics.Diagnostics)));
        return (actions, diagnostics);
    }

    [Fact]
    public async Task An_unknown_id_can_be_replaced_by_the_suggestion_or_declared_in_the_registry()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string text = TestCorpus.Article.Replace("{@china}", "{@chinaa}", System.StringComparison.Ordinal);

        (List<CodeAction> actions, PublishDiagnosticsParams diagnostics) = await ActionsAsync(corpus, client, text, new Range(new Position(3, 10), new Position(3, 10)));

        Assert.Equal(new[] { "Replace '@chinaa' with '@china'", "Declare '@chinaa' in entities.txt" }, actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal("quickfix", a.Kind));
        Assert.Equal(diagnostics.Diagnostics, actions[0].Diagnostics);
        Assert.True(actions[0].IsPreferred);
        Assert.Equal(new[] { new TextEdit(new Range(new Position(3, 9), new Position(3, 15)), "china") }, actions[0].Edit.Changes[corpus.Uri("articles/talks.txt")]);
        // The registry ends with one line break: a blank line separates the new block.
        Assert.Equal(new[] { new TextEdit(new Range(new Position(13, 0), new Position(13, 0)), "\n@chinaa person\nname: China\n") }, actions[1].Edit.Changes[corpus.Uri("entities.txt")]);
    }

    [Fact]
    public async Task The_recall_aid_annotates_a_registered_name_and_attributes_a_quotation()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string text = "---\ntitle: T\n---\n[China]{@china} met North Korea.\n\n“We will see,” Mr. Cha said.\n";

        (List<CodeAction> name, PublishDiagnosticsParams diagnostics) = await ActionsAsync(corpus, client, text, new Range(new Position(3, 22), new Position(3, 22)));
        List<CodeAction> quote = await client.RequestAsync<List<CodeAction>>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(corpus.Uri("articles/talks.txt")), new Range(new Position(5, 3), new Position(5, 3)), new CodeActionContext(diagnostics.Diagnostics)));

        // The build's infos, at their ranges.
        Assert.Contains(diagnostics.Diagnostics, d => d.Code == "CG0312" && d.Range == new Range(new Position(3, 20), new Position(3, 31)));
        Assert.Contains(diagnostics.Diagnostics, d => d.Code == "CG0313" && d.Range == new Range(new Position(5, 0), new Position(5, 14)));
        CodeAction annotate = Assert.Single(name);
        Assert.Equal("Annotate as [North Korea]{@north-korea}", annotate.Title);
        Assert.Equal(new[] { new TextEdit(new Range(new Position(3, 20), new Position(3, 31)), "[North Korea]{@north-korea}") }, annotate.Edit.Changes[corpus.Uri("articles/talks.txt")]);
        CodeAction attribute = Assert.Single(quote, a => a.Title.StartsWith("Attribute", System.StringComparison.Ordinal));
        Assert.Equal("Attribute the quotation: {@victor-cha}", attribute.Title);
        Assert.Equal(new[] { new TextEdit(new Range(new Position(5, 14), new Position(5, 14)), "{@victor-cha}") }, attribute.Edit.Changes[corpus.Uri("articles/talks.txt")]);
    }

    [Fact]
    public async Task A_surface_form_is_added_to_the_existing_aliases_line()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string text = "---\ntitle: T\n---\n[Cha]{@victor-cha} spoke.\n";

        (List<CodeAction> actions, _) = await ActionsAsync(corpus, client, text, new Range(new Position(3, 0), new Position(3, 18)));

        CodeAction action = Assert.Single(actions);
        Assert.Equal("Add 'Cha' to the aliases of '@victor-cha'", action.Title);
        Assert.Equal(new[] { new TextEdit(new Range(new Position(2, 16), new Position(2, 16)), "; Cha") }, action.Edit.Changes[corpus.Uri("entities.txt")]);
    }

    [Fact]
    public async Task An_entity_without_aliases_gets_an_aliases_line_at_the_end_of_its_block()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string text = "---\ntitle: T\n---\n[the PRC]{@china} spoke.\n";

        (List<CodeAction> actions, _) = await ActionsAsync(corpus, client, text, new Range(new Position(3, 3), new Position(3, 3)));

        int end = "description: The People’s Republic of China.".Length;
        Assert.Equal(new[] { new TextEdit(new Range(new Position(7, end), new Position(7, end)), "\naliases: the PRC") }, Assert.Single(actions).Edit.Changes[corpus.Uri("entities.txt")]);
    }

    [Fact]
    public async Task Fixes_keep_a_CRLF_registry_in_CRLF()
    {
        using var corpus = new TestCorpus();
        corpus.Write("entities.txt", TestCorpus.Registry.Replace("\n", "\r\n", System.StringComparison.Ordinal));
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string text = "---\ntitle: T\n---\n[the PRC]{@china} and [Seoul]{@seoul}.\n";

        (List<CodeAction> alias, _) = await ActionsAsync(corpus, client, text, new Range(new Position(3, 3), new Position(3, 3)));
        List<CodeAction> declare = await client.RequestAsync<List<CodeAction>>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(corpus.Uri("articles/talks.txt")), new Range(new Position(3, 30), new Position(3, 30)), new CodeActionContext(System.Array.Empty<Diagnostic>())));

        Assert.Equal("\r\naliases: the PRC", Assert.Single(alias).Edit.Changes[corpus.Uri("entities.txt")][0].NewText);
        CodeAction entry = Assert.Single(declare);
        Assert.Equal("Declare '@seoul' in entities.txt", entry.Title);
        Assert.Null(entry.Diagnostics); // the client sent none to attach
        Assert.Equal(new[] { new TextEdit(new Range(new Position(13, 0), new Position(13, 0)), "\r\n@seoul person\r\nname: Seoul\r\n") }, entry.Edit.Changes[corpus.Uri("entities.txt")]);
    }

    [Fact]
    public async Task The_outline_nests_mentions_in_the_quotation_that_holds_them()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, "---\ntitle: T\n---\n“[China]{@china} is close,”{@victor-cha} he said.\n");

        List<DocumentSymbol> symbols = await client.RequestAsync<List<DocumentSymbol>>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

        DocumentSymbol quotation = Assert.Single(symbols);
        Assert.Equal("“China is close,”", quotation.Name);
        Assert.Equal("direct · @victor-cha", quotation.Detail);
        Assert.Equal(new Range(new Position(3, 0), new Position(3, 40)), quotation.Range);
        Assert.Equal(new Range(new Position(3, 27), new Position(3, 40)), quotation.SelectionRange);
        DocumentSymbol mention = Assert.Single(quotation.Children!);
        Assert.Equal("China", mention.Name);
        Assert.Equal("@china · country", mention.Detail);
        Assert.Equal(new Range(new Position(3, 1), new Position(3, 16)), mention.Range);
    }

    [Fact]
    public async Task The_registry_outline_lists_its_entities()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("entities.txt");
        await client.OpenAsync(uri, TestCorpus.Registry);

        List<DocumentSymbol> symbols = await client.RequestAsync<List<DocumentSymbol>>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

        Assert.Equal(new[] { "@victor-cha", "@china", "@north-korea" }, symbols.Select(s => s.Name));
        Assert.Equal("country · North Korea", symbols[2].Detail);
        Assert.Equal(new Range(new Position(9, 0), new Position(9, 12)), symbols[2].Range);
    }

    [Fact]
    public async Task Semantic_tokens_colour_mentions_by_kind_and_split_them_at_line_breaks()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article + "\n[Mr.\nCha]{@victor-cha} and [X]{@nobody}.\n");

        SemanticTokens tokens = await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri)));

        Assert.Equal(new[] { "person", "organization", "country", "place", "group", "event", "work", "unknownEntity" }, client.Initialized!.Capabilities.SemanticTokensProvider.Legend.TokenTypes);
        Assert.Equal(
            new[]
            {
                3, 0, 15, 2, 0,    // [China]{@china}: country
                0, 20, 27, 2, 0,   // [North Korea]{@north-korea}
                2, 29, 22, 0, 0,   // [Mr. Cha]{@victor-cha}: person
                2, 0, 4, 0, 0,     // "[Mr." on line 7...
                1, 0, 17, 0, 0,    // ..."Cha]{@victor-cha}" on line 8
                0, 22, 12, 7, 0,   // [X]{@nobody}: unknown
            },
            tokens.Data);
    }
}
