using System.Collections.Generic;

namespace Corpus.Cli.Lsp.Protocol;

// The Language Server Protocol's basic structures (specification 3.17), written as plain
// records: no LSP library is available from the package mirror, and the server needs only
// these. Property names become camelCase on the wire (see LspJson); null properties are
// left out, which is how the protocol spells "optional".

/// <summary>A zero-based line and a zero-based character offset in UTF-16 code units within the line.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A half-open range [Start, End).</summary>
public sealed record Range(Position Start, Position End);

/// <summary>A range in a document, named by URI.</summary>
public sealed record Location(string Uri, Range Range);

/// <summary>Names a document.</summary>
public sealed record TextDocumentIdentifier(string Uri);

/// <summary>The parameters of every request made at a position of a document.</summary>
public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Replaces <see cref="Range"/> by <see cref="NewText"/>.</summary>
public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits of several documents, keyed by URI (the <c>changes</c> form, which every client supports).</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>Markdown or plain text shown by the client.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
