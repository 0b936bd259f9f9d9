using System.Collections.Generic;

namespace Corpus.Cli.Lsp.Protocol;

public sealed record Hover(MarkupContent Contents, Range Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The answer to <c>textDocument/prepareRename</c>: the range of the id and the id itself.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);

/// <summary>
/// <see cref="Kind"/> is a protocol CompletionItemKind; <see cref="FilterText"/> is what the
/// client matches the typed word against (the id, name and aliases, so filtering is alias-aware).
/// </summary>
public sealed record CompletionItem(
    string Label,
    int Kind,
    string? Detail,
    MarkupContent? Documentation,
    string? SortText,
    string? FilterText,
    TextEdit TextEdit);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

/// <summary>An outline entry; <see cref="Kind"/> is a protocol SymbolKind.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <summary>A fix: <see cref="Kind"/> is <c>quickfix</c>; applying it applies <see cref="Edit"/>.</summary>
public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>Five integers per token: line delta, start delta, length, type index, modifier bits.</summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data);
