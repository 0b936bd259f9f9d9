using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;
using StreamJsonRpc;

namespace Corpus.Cli.Lsp;

/// <summary>
/// <c>corpus lsp</c>: the Language Server Protocol over a pair of streams (stdin and stdout).
/// Each public method is one protocol message, named by its attribute. Messages are handled one
/// at a time, in order (a <c>NonConcurrentSynchronizationContext</c>), so the workspace
/// needs no locks and an edit is always applied before the request that follows it. Every
/// handler catches its own failures: a bad message costs its answer, never the server.
/// </summary>
internal sealed class CorpusLanguageServer
{
    public const string ServerName = "corpus";

    /// <summary>The protocol's error code for a request that could not be carried out (RequestFailed).</summary>
    private const int RequestFailed = -32803;

    private readonly CorpusWorkspace _workspace = new();
    private readonly Dictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<bool> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter _log;
    private JsonRpc? _rpc;
    private bool _shutdown;

    public CorpusLanguageServer(TextWriter log) => _log = log;

    /// <summary>The workspace, for tests and benchmarks that look inside.</summary>
    internal CorpusWorkspace Workspace => _workspace;

    /// <summary>
    /// Serves one client until it sends <c>exit</c> or closes its stream. Returns the exit code
    /// the protocol asks for: 0 after <c>shutdown</c>, 1 without.
    /// </summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, CancellationToken cancellationToken = default)
    {
        var server = new CorpusLanguageServer(log);
        using JsonRpc rpc = server.Attach(LspJson.CreateHandler(output, MalformedMessageFilter.Filter(input, log, cancellationToken)));
        rpc.StartListening();
        using CancellationTokenRegistration stop = cancellationToken.Register(() => server._exit.TrySetResult(false));
        await Task.WhenAny(rpc.Completion, server._exit.Task).ConfigureAwait(false);
        return server._shutdown ? 0 : 1;
    }

    /// <summary>Connects the server to a message handler; the caller starts listening.</summary>
    public JsonRpc Attach(IJsonRpcMessageHandler handler)
    {
        var rpc = new JsonRpc(handler) { SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false) };
        rpc.AddLocalRpcTarget(this, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.Disconnected += (_, e) =>
        {
            if (e.Exception is not null)
            {
                Log("disconnected: " + e.Description);
            }
        };
        _rpc = rpc;
        return rpc;
    }

    public Task Exited => _exit.Task;

    // ---- Lifecycle ----

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        string? folder = DocumentUris.ToPath(parameters.WorkspaceFolders?.FirstOrDefault()?.Uri)
            ?? DocumentUris.ToPath(parameters.RootUri)
            ?? (parameters.RootPath is { Length: > 0 } rootPath ? CorpusWorkspace.NormalizePath(rootPath) : null);
        string? root = folder is null || !Directory.Exists(folder) ? null : CorpusWorkspace.FindCorpusRoot(folder);
        if (root is not null)
        {
            Guard("initialize", () => _workspace.Load(root));
            Log("corpus: " + root + " (" + _workspace.Count + " files)");
        }

        var capabilities = new ServerCapabilities(
            new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
            HoverProvider: true,
            DefinitionProvider: true,
            ReferencesProvider: true,
            new RenameOptions(PrepareProvider: true),
            new CompletionOptions(Corpus.Cli.Lsp.Completion.TriggerCharacters, ResolveProvider: false),
            new CodeActionOptions(new[] { CodeActions.QuickFix }),
            DocumentSymbolProvider: true,
            new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokenBuilder.TokenTypes, Array.Empty<string>()), Full: true, Range: false));
        return new InitializeResult(capabilities, new ServerInfo(ServerName, typeof(CorpusLanguageServer).Assembly.GetName().Version?.ToString() ?? "0"));
    }

    /// <summary>The client is ready: the diagnostics of the whole corpus go out once.</summary>
    [JsonRpcMethod("initialized")]
    public Task InitializedAsync() => PublishAsync(_workspace.Documents.Select(d => d.Path).ToList(), always: null);

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(true);

    // ---- Documents ----

    [JsonRpcMethod("textDocument/didOpen")]
    public Task DidOpenAsync(DidOpenTextDocumentParams parameters)
    {
        string? path = DocumentUris.ToPath(parameters.TextDocument?.Uri);
        if (path is null || parameters.TextDocument!.Text is null)
        {
            return Task.CompletedTask;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        if (_workspace.Root is null && CorpusWorkspace.FindCorpusRootAbove(path) is { } root)
        {
            // No workspace folder held a corpus: the first file opened inside one loads it.
            Guard("load", () => changed.UnionWith(_workspace.Load(root)));
        }

        if (!IsInCorpus(path))
        {
            // A text file that is not part of the corpus (a README, another corpus): not ours to report on.
            return PublishAsync(changed, always: null);
        }

        Guard("didOpen", () => changed.UnionWith(_workspace.Update(path, parameters.TextDocument.Text, parameters.TextDocument.Version)));
        return PublishAsync(changed, always: path);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public Task DidChangeAsync(DidChangeTextDocumentParams parameters)
    {
        string? path = DocumentUris.ToPath(parameters.TextDocument?.Uri);
        CorpusDocument? document = path is null ? null : _workspace.Get(path);
        if (document is null || parameters.ContentChanges is null)
        {
            return Task.CompletedTask;
        }

        string text = document.Text;
        foreach (TextDocumentContentChangeEvent change in parameters.ContentChanges)
        {
            text = Apply(text, change);
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        Guard("didChange", () => changed.UnionWith(_workspace.Update(path!, text, parameters.TextDocument!.Version ?? (document.Version ?? 0) + 1)));
        return PublishAsync(changed, always: path);
    }

    /// <summary>One change: a range replaced (incremental sync), or the whole text (full sync).</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text ?? string.Empty;
        }

        var lines = new LineMap(text);
        int start = LspPositions.ToOffset(lines, change.Range.Start);
        int end = Math.Max(start, LspPositions.ToOffset(lines, change.Range.End));
        return string.Concat(text.AsSpan(0, start), change.Text ?? string.Empty, text.AsSpan(end));
    }

    [JsonRpcMethod("textDocument/didClose")]
    public Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        string? path = DocumentUris.ToPath(parameters.TextDocument?.Uri);
        if (path is null || _workspace.Get(path) is null)
        {
            return Task.CompletedTask;
        }

        // The disk's text takes over; a file that is gone (deleted while open) leaves the corpus.
        var changed = new HashSet<string>(StringComparer.Ordinal);
        Guard("didClose", () => changed.UnionWith(_workspace.Reload(path, closing: true)));
        return PublishAsync(changed, always: null);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        // The editor's text is already current: nothing to do.
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams parameters)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (FileEvent change in parameters.Changes ?? Array.Empty<FileEvent>())
        {
            string? path = DocumentUris.ToPath(change.Uri);
            if (path is null)
            {
                continue;
            }

            if (path.EndsWith("/" + SeverityConfiguration.FileName, StringComparison.Ordinal))
            {
                _workspace.ReloadSeverities();
                changed.UnionWith(_workspace.Documents.Select(d => d.Path));
            }
            else if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && IsInCorpus(path))
            {
                Guard("didChangeWatchedFiles", () => changed.UnionWith(_workspace.Reload(path)));
            }
        }

        return PublishAsync(changed, always: null);
    }

    // ---- Language features ----

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams parameters) =>
        AtPosition(parameters, "hover", (document, offset) => HoverCards.Hover(_workspace, document, offset));

    [JsonRpcMethod("textDocument/definition")]
    public Location? Definition(TextDocumentPositionParams parameters) =>
        AtPosition(parameters, "definition", (document, offset) => Navigation.Definition(_workspace, document, offset));

    [JsonRpcMethod("textDocument/references")]
    public List<Location>? References(ReferenceParams parameters) =>
        AtPosition(parameters, "references", (document, offset) => Navigation.References(_workspace, document, offset, parameters.Context?.IncludeDeclaration ?? true));

    [JsonRpcMethod("textDocument/prepareRename")]
    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams parameters) =>
        AtPosition(parameters, "prepareRename", (document, offset) => Navigation.PrepareRename(document, offset));

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit? Rename(RenameParams parameters)
    {
        string? error = null;
        WorkspaceEdit? edit = AtPosition(parameters, "rename", (document, offset) => Navigation.Rename(_workspace, document, offset, parameters.NewName ?? string.Empty, out error));
        if (error is not null)
        {
            throw new LocalRpcException(error) { ErrorCode = RequestFailed };
        }

        return edit;
    }

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList? Completion(TextDocumentPositionParams parameters) =>
        AtPosition(parameters, "completion", (document, offset) => Corpus.Cli.Lsp.Completion.Complete(_workspace, document, offset));

    [JsonRpcMethod("textDocument/codeAction")]
    public List<CodeAction>? CodeAction(CodeActionParams parameters)
    {
        CorpusDocument? document = Find(parameters.TextDocument);
        if (document is null || parameters.Range is null)
        {
            return null;
        }

        return Guard("codeAction", () => CodeActions.For(_workspace, document, parameters.Range, parameters.Context?.Diagnostics ?? Array.Empty<Diagnostic>()));
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public List<DocumentSymbol>? DocumentSymbol(DocumentSymbolParams parameters)
    {
        CorpusDocument? document = Find(parameters.TextDocument);
        return document is null ? null : Guard("documentSymbol", () => DocumentSymbols.For(_workspace, document));
    }

    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public SemanticTokens? SemanticTokensFull(SemanticTokensParams parameters)
    {
        CorpusDocument? document = Find(parameters.TextDocument);
        return document is null ? null : Guard("semanticTokens", () => SemanticTokenBuilder.For(_workspace, document));
    }

    // ---- Diagnostics ----

    /// <summary>The protocol's view of a file's diagnostics: the build's ids, ranges and messages, at the configured severities.</summary>
    public List<Diagnostic> DiagnosticsFor(string path)
    {
        var result = new List<Diagnostic>();
        foreach (CorpusDiagnostic diagnostic in _workspace.DiagnosticsOf(path))
        {
            DiagnosticSeverity? severity = _workspace.Severities.SeverityOf(diagnostic);
            if (severity is null)
            {
                continue;
            }

            result.Add(new Diagnostic(
                LspPositions.ToRange(diagnostic.Span),
                severity switch
                {
                    DiagnosticSeverity.Error => 1,
                    DiagnosticSeverity.Warning => 2,
                    DiagnosticSeverity.Info => 3,
                    _ => 4,
                },
                diagnostic.Id,
                new CodeDescription(diagnostic.Descriptor.HelpLink),
                ServerName,
                diagnostic.Message));
        }

        return result;
    }

    /// <summary>
    /// Sends <c>textDocument/publishDiagnostics</c> for each path whose list differs from the
    /// last one sent, and for <paramref name="always"/> (the edited file, so the client sees
    /// its new version acknowledged).
    /// </summary>
    private async Task PublishAsync(IEnumerable<string> paths, string? always)
    {
        if (_rpc is null)
        {
            return;
        }

        foreach (string path in paths.OrderBy(p => p, StringComparer.Ordinal))
        {
            Diagnostic[] diagnostics;
            try
            {
                diagnostics = DiagnosticsFor(path).ToArray();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Log("diagnostics of " + path + " failed: " + e);
                continue;
            }

            bool known = _published.TryGetValue(path, out Diagnostic[]? previous);
            if (path != always && (known ? previous!.SequenceEqual(diagnostics) : diagnostics.Length == 0))
            {
                continue;
            }

            _published[path] = diagnostics;
            int? version = _workspace.Get(path)?.Version;
            try
            {
                await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(DocumentUris.FromPath(path), version, diagnostics)).ConfigureAwait(true);
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
            {
                return; // the client is gone
            }
        }
    }

    // ---- Helpers ----

    private bool IsInCorpus(string path) =>
        _workspace.Get(path) is not null || (_workspace.Root is { } root && path.StartsWith(root + "/", StringComparison.Ordinal));

    private CorpusDocument? Find(TextDocumentIdentifier? identifier)
    {
        string? path = DocumentUris.ToPath(identifier?.Uri);
        return path is null ? null : _workspace.Get(path);
    }

    private T? AtPosition<T>(TextDocumentPositionParams parameters, string what, Func<CorpusDocument, int, T?> feature)
        where T : class
    {
        CorpusDocument? document = Find(parameters.TextDocument);
        if (document is null || parameters.Position is null)
        {
            return null;
        }

        return Guard(what, () => feature(document, LspPositions.ToOffset(document.Lines, parameters.Position)));
    }

    private T? Guard<T>(string what, Func<T?> action)
        where T : class
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log(what + " failed: " + e);
            return null;
        }
    }

    private void Guard(string what, Action action) => Guard<object>(what, () =>
    {
        action();
        return null;
    });

    private void Log(string message)
    {
        try
        {
            _log.WriteLine("corpus lsp: " + message);
            _log.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nowhere to log to.
        }
    }
}
