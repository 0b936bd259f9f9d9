using System.Collections.Generic;

namespace Corpus.Cli.Lsp.Protocol;

/// <summary>A document as the client opens it.</summary>
public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

public sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>
/// One change: with a <see cref="Range"/> it replaces that range (incremental sync),
/// without one it is the whole new text (full sync).
/// </summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

/// <summary><see cref="Type"/>: 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
