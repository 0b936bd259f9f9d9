using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>The meaning of one well-formed <c>{…}</c>, checked against what it annotates.</summary>
internal sealed record Annotation(
    string Text,
    SourceSpan Span,
    EntityReference? Reference,
    bool Says,
    bool Term,
    string? Name,
    SourceSpan NameSpan,
    QuoteKind? KindOverride);
