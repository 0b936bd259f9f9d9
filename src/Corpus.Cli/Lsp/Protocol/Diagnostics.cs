using System.Collections.Generic;

namespace Corpus.Cli.Lsp.Protocol;

/// <summary><see cref="Severity"/>: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message);

public sealed record CodeDescription(string Href);

/// <summary>The server's notification <c>textDocument/publishDiagnostics</c>: the whole list for one document.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
