using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Lsp.Tests.Infrastructure;
using StreamJsonRpc;

namespace Corpus.Lsp.Tests;

/// <summary>Bad input costs at most one answer: the server keeps serving after each of these.</summary>
public sealed class RobustnessTests
{
    private static TextDocumentPositionParams At(string uri, int line, int character) =>
        new(new TextDocumentIdentifier(uri), new Position(line, character));

    /// <summary>The server is alive: it answers a hover on the test article's China mention.</summary>
    private static async Task AssertServingAsync(LspTestClient client, TestCorpus corpus)
    {
        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", At(corpus.Uri("articles/talks.txt"), 3, 2));
        Assert.StartsWith("**China** · country", hover.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_half_typed_annotation_is_a_diagnostic_and_every_feature_still_answers()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/half.txt");
        string text = "---\ntitle: Half\n---\n[China]{@chi";

        await client.OpenAsync(uri, text);
        Diagnostic diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);
        Assert.Equal("CG0302", diagnostic.Code);
        Assert.Equal(new Range(new Position(3, 7), new Position(3, 12)), diagnostic.Range);

        for (int character = 0; character <= 12; character++)
        {
            await client.RequestAsync<Hover?>("textDocument/hover", At(uri, 3, character));
            await client.RequestAsync<Location?>("textDocument/definition", At(uri, 3, character));
            await client.RequestAsync<CompletionList>("textDocument/completion", At(uri, 3, character));
        }

        CompletionList list = await client.RequestAsync<CompletionList>("textDocument/completion", At(uri, 3, 12));
        Assert.Equal("china", Assert.Single(list.Items).Label);
        await client.RequestAsync<object>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));
        await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(new TextDocumentIdentifier(uri)));
        await AssertServingAsync(client, corpus);
    }

    [Fact]
    public async Task A_ten_megabyte_line_is_parsed_edited_and_completed()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/long.txt");
        var line = new StringBuilder(10_000_100);
        while (line.Length < 10_000_000)
        {
            line.Append("[China]{@china} and [North Korea]{@north-korea} met. ");
        }

        string text = "---\ntitle: Long\n---\n" + line;
        int end = line.Length;
        var stopwatch = Stopwatch.StartNew();

        await client.OpenAsync(uri, text);
        Assert.Empty((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(3, end), new Position(3, end)), "[Cha]{@vic"));
        Assert.Equal("CG0302", Assert.Single((await client.DiagnosticsAsync(uri, version: 2)).Diagnostics).Code);
        CompletionList list = await client.RequestAsync<CompletionList>("textDocument/completion", At(uri, 3, end + 10));
        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", At(uri, 3, end - 20));

        Assert.Equal("victor-cha", Assert.Single(list.Items).Label);
        Assert.StartsWith("**North Korea**", hover.Contents.Value, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), "took " + stopwatch.Elapsed);
        await AssertServingAsync(client, corpus);
    }

    [Fact]
    public async Task A_file_deleted_under_the_server_leaves_the_corpus_and_its_diagnostics_are_cleared()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/gone.txt", "---\ntitle: Gone\n---\n[Seoul]{@seoul} listened.\n");
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string gone = corpus.Uri("articles/gone.txt");
        Assert.Single((await client.DiagnosticsAsync(gone)).Diagnostics);

        File.Delete(corpus.PathOf("articles/gone.txt"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams(new[] { new FileEvent(gone, 3) }));

        Assert.Empty((await client.DiagnosticsAsync(gone, p => p.Diagnostics.Count == 0)).Diagnostics);
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", At(gone, 3, 2)));
        await AssertServingAsync(client, corpus);
    }

    [Fact]
    public async Task An_open_file_deleted_then_closed_leaves_the_corpus_and_the_registry_too()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string talks = corpus.Uri("articles/talks.txt");
        string registry = corpus.Uri("entities.txt");
        await client.OpenAsync(talks, TestCorpus.Article);
        await client.OpenAsync(registry, TestCorpus.Registry);

        // The registry vanishes: every id of the open article becomes unknown.
        File.Delete(corpus.RegistryPath);
        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(registry)));
        PublishDiagnosticsParams unknown = await client.DiagnosticsAsync(talks, p => p.Diagnostics.Count == 4); // @china, @north-korea and @victor-cha twice
        Assert.All(unknown.Diagnostics, d => Assert.Equal("CG0300", d.Code));

        // Requests about the deleted file find nothing, and a change to it is ignored.
        Assert.Null(await client.RequestAsync<Location?>("textDocument/definition", At(registry, 0, 2)));
        await client.ChangeAsync(registry, 3, new TextDocumentContentChangeEvent(null, "@x person\n"));
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", At(registry, 0, 2)));
        Hover hover = await client.RequestAsync<Hover>("textDocument/hover", At(talks, 3, 10));
        Assert.Equal("**Unknown entity** `@china`: no registry declares it.", hover.Contents.Value);
    }

    [Fact]
    public async Task Malformed_messages_are_dropped_and_the_next_request_is_answered()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        await client.OpenAsync(corpus.Uri("articles/talks.txt"), TestCorpus.Article);

        foreach (string body in new[] { "{not json", "[1,2,3]", "{\"jsonrpc\":\"2.0\",\"id\":{}}", "{\"jsonrpc\":\"1.0\",\"method\":\"x\"}", "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":5}", "\u00ff\u00fe" })
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            await client.WriteRawAsync(Encoding.ASCII.GetBytes("Content-Length: " + bytes.Length + "\r\n\r\n").AsSpan().ToArray());
            await client.WriteRawAsync(bytes);
        }

        await client.WriteRawAsync(Encoding.ASCII.GetBytes("Content-Type: nothing else\r\n\r\nContent-Length: abc\r\n\r\n"));
        await AssertServingAsync(client, corpus);
        Assert.Contains("dropped a malformed message: not JSON", client.Log, StringComparison.Ordinal);
        Assert.Contains("a message header without a valid Content-Length; skipped", client.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_methods_and_bad_parameters_are_errors_for_that_request_only()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        await client.OpenAsync(corpus.Uri("articles/talks.txt"), TestCorpus.Article);

        RemoteMethodNotFoundException missing = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync<object>("textDocument/frobnicate", new { }));
        await client.NotifyAsync("$/unknownNotification", new { x = 1 });
        await Assert.ThrowsAnyAsync<RemoteInvocationException>(() => client.RequestAsync<Hover>("textDocument/hover", new { textDocument = "not an object", position = 7 }));
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", new { textDocument = new { uri = "untitled:Untitled-1" }, position = new { line = 0, character = 0 } }));
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", new { textDocument = new { uri = "file:///no/such/file.txt" }, position = new { line = -5, character = int.MaxValue } }));

        Assert.Equal(-32601, (int)missing.ErrorCode);
        await AssertServingAsync(client, corpus);
    }

    [Fact]
    public async Task Exit_after_shutdown_ends_with_0_and_without_with_1()
    {
        using var corpus = new TestCorpus();
        LspTestClient polite = await LspTestClient.StartAsync(corpus.Root);
        await polite.RequestAsync<object?>("shutdown", new { });
        await polite.NotifyAsync("exit", new { });
        Assert.Equal(0, await polite.ServerTask.WaitAsync(LspTestClient.Timeout));
        await polite.DisposeAsync();

        LspTestClient abrupt = await LspTestClient.StartAsync(corpus.Root);
        await abrupt.NotifyAsync("exit", new { });
        Assert.Equal(1, await abrupt.ServerTask.WaitAsync(LspTestClient.Timeout));
        await abrupt.DisposeAsync();
    }
}
