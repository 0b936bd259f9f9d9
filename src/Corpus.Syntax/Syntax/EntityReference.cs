using Corpus.Syntax.Text;

namespace Corpus.Syntax;

/// <summary>An <c>@id</c> as written; <see cref="Span"/> covers the '@' and the id.</summary>
public sealed record EntityReference(string Id, SourceSpan Span);
