using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Cli.Lsp;
using Corpus.Cli.Lsp.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Corpus.Lsp.Tests.Infrastructure;

/// <summary>
/// A language client for tests: the real server (<see cref="CorpusLanguageServer.RunAsync"/>)
/// on one end of an in-memory duplex stream, a StreamJsonRpc client with the same wire format
/// on the other. Collects every <c>textDocument/publishDiagnostics</c> it receives.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Stream _clientStream;
    private readonly JsonRpc _rpc;
    private readonly DiagnosticsSink _sink = new();
    private readonly StringWriter _log = new();

    private LspTestClient(Stream clientStream, Stream serverStream)
    {
        _clientStream = clientStream;
        ServerTask = CorpusLanguageServer.RunAsync(serverStream, serverStream, TextWriter.Synchronized(_log));
        _rpc = new JsonRpc(LspJson.CreateHandler(clientStream, clientStream));
        _rpc.AddLocalRpcTarget(_sink, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    /// <summary>The server's exit code once it stops.</summary>
    public Task<int> ServerTask { get; }

    public InitializeResult? Initialized { get; private set; }

    /// <summary>What the server wrote to its log (stderr in the real tool).</summary>
    public string Log => _log.ToString();

    public IReadOnlyList<PublishDiagnosticsParams> Published => _sink.All;

    /// <summary>Starts a server on <paramref name="rootFolder"/> and completes the initialize handshake.</summary>
    public static async Task<LspTestClient> StartAsync(string? rootFolder)
    {
        (Stream client, Stream server) = FullDuplexStream.CreatePair();
        var result = new LspTestClient(client, server);
        result.Initialized = await result.RequestAsync<InitializeResult>(
            "initialize",
            new InitializeParams(rootFolder is null ? null : new Uri(rootFolder).AbsoluteUri, null, null, null));
        await result.NotifyAsync("initialized", new { });
        return result;
    }

    public async Task<T> RequestAsync<T>(string method, object parameters)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        return await _rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancel.Token);
    }

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "corpus", version, text)));

    public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    /// <summary>Bytes written straight to the server's input, bypassing the client's serializer.</summary>
    public async Task WriteRawAsync(byte[] bytes)
    {
        await _clientStream.WriteAsync(bytes);
        await _clientStream.FlushAsync();
    }

    /// <summary>The latest diagnostics received for <paramref name="uri"/> that satisfy the condition, or the next ones to arrive.</summary>
    public Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? condition = null) =>
        _sink.WaitAsync(p => p.Uri == uri && (condition is null || condition(p)));

    /// <summary>The diagnostics of a document's given version.</summary>
    public Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, int version) => DiagnosticsAsync(uri, p => p.Version == version);

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null, cancel.Token);
            await _rpc.NotifyAsync("exit");
            await ServerTask.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or TimeoutException or OperationCanceledException or IOException)
        {
            // A test that ended the connection itself.
        }

        _rpc.Dispose();
        await _clientStream.DisposeAsync();
    }

    /// <summary>The client's end of <c>textDocument/publishDiagnostics</c>.</summary>
    private sealed class DiagnosticsSink
    {
        private readonly List<PublishDiagnosticsParams> _all = new();
        private readonly List<(Func<PublishDiagnosticsParams, bool> Condition, TaskCompletionSource<PublishDiagnosticsParams> Done)> _waiters = new();

        public IReadOnlyList<PublishDiagnosticsParams> All
        {
            get
            {
                lock (_all)
                {
                    return _all.ToList();
                }
            }
        }

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(PublishDiagnosticsParams parameters)
        {
            lock (_all)
            {
                _all.Add(parameters);
                foreach (var waiter in _waiters.Where(w => w.Condition(parameters)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult(parameters);
                }
            }
        }

        public Task<PublishDiagnosticsParams> WaitAsync(Func<PublishDiagnosticsParams, bool> condition)
        {
            lock (_all)
            {
                PublishDiagnosticsParams? found = _all.LastOrDefault(condition);
                if (found is not null)
                {
                    return Task.FromResult(found);
                }

                var done = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((condition, done));
                return done.Task.WaitAsync(Timeout);
            }
        }
    }
}
