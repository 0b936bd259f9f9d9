using System.Collections.Generic;
using System.Text.Json;

namespace Corpus.Cli.Lsp.Protocol;

/// <summary>
/// <c>initialize</c>'s parameters, the parts the server reads: where the workspace is.
/// <see cref="RootUri"/> is the older form, <see cref="WorkspaceFolders"/> the newer.
/// </summary>
public sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, JsonElement? Capabilities);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

/// <summary>What the server offers. Each property is a protocol capability of the same name.</summary>
public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    RenameOptions RenameProvider,
    CompletionOptions CompletionProvider,
    CodeActionOptions CodeActionProvider,
    bool DocumentSymbolProvider,
    SemanticTokensOptions SemanticTokensProvider);

/// <summary><see cref="Change"/>: 1 sends whole documents, 2 incremental ranges (what this server asks for).</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);
