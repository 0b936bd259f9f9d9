using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Cli.Lsp;
using Corpus.Cli.Lsp.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Corpus.Benchmarks.Lsp;

/// <summary>
/// A language client for the latency benchmarks: <c>corpus lsp</c>'s server on one end of an
/// in-memory duplex stream, StreamJsonRpc with the server's wire format on the other, so every
/// figure includes JSON-RPC framing and (de)serialization both ways, as an editor would see it.
/// </summary>
internal sealed class LspBenchClient : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly Stream _stream;
    private readonly object _gate = new();
    private readonly Dictionary<(string Uri, int Version), TaskCompletionSource<PublishDiagnosticsParams>> _waiting = new();

    public LspBenchClient(string root)
    {
        (Stream client, Stream server) = FullDuplexStream.CreatePair();
        _stream = client;
        Server = new CorpusLanguageServer(TextWriter.Null);
        Server.Attach(LspJson.CreateHandler(server, server)).StartListening();
        _rpc = new JsonRpc(LspJson.CreateHandler(client, client));
        _rpc.AddLocalRpcTarget(new DiagnosticsTarget(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
        Request<InitializeResult>("initialize", new InitializeParams(new Uri(root).AbsoluteUri, null, null, null));
        _rpc.NotifyWithParameterObjectAsync("initialized", new { }).GetAwaiter().GetResult();
    }

    public CorpusLanguageServer Server { get; }

    public T Request<T>(string method, object parameters) =>
        _rpc.InvokeWithParameterObjectAsync<T>(method, parameters).GetAwaiter().GetResult();

    public void Notify(string method, object parameters) =>
        _rpc.NotifyWithParameterObjectAsync(method, parameters).GetAwaiter().GetResult();

    /// <summary>Sends a change and waits for the diagnostics of that version.</summary>
    public PublishDiagnosticsParams ChangeAndWait(string uri, int version, TextDocumentContentChangeEvent change)
    {
        var done = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting[(uri, version)] = done;
        }

        Notify("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), new[] { change }));
        return done.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    public PublishDiagnosticsParams OpenAndWait(string uri, string text)
    {
        var done = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting[(uri, 1)] = done;
        }

        Notify("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "corpus", 1, text)));
        return done.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    private void OnDiagnostics(PublishDiagnosticsParams parameters)
    {
        if (parameters.Version is not int version)
        {
            return;
        }

        TaskCompletionSource<PublishDiagnosticsParams>? done;
        lock (_gate)
        {
            if (_waiting.Remove((parameters.Uri, version), out done))
            {
                done.TrySetResult(parameters);
            }
        }
    }

    /// <summary>The client's end of <c>textDocument/publishDiagnostics</c>.</summary>
    private sealed class DiagnosticsTarget(LspBenchClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(PublishDiagnosticsParams parameters) => client.OnDiagnostics(parameters);
    }

    public void Dispose()
    {
        _rpc.Dispose();
        _stream.Dispose();
    }
}
