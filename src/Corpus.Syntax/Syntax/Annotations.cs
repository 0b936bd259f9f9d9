using Corpus.Syntax.Text;

namespace Corpus.Syntax;

/// <summary>
/// A mention: <c>[surface]{@id}</c>. <see cref="Start"/> and <see cref="Length"/> are
/// UTF-16 positions in the plain text of <see cref="Field"/>; <see cref="Span"/> is where
/// it was written; <see cref="NameSpan"/> is where its <c>#name</c> was written, if it has one.
/// </summary>
public sealed record MentionSyntax(string Field, int Start, int Length, string Text, EntityReference Entity, string? Name, SourceSpan Span, SourceSpan NameSpan = default);

/// <summary>
/// A quotation (direct or partial, between quotation marks) or reported speech
/// (<c>[…]{says @id}</c>). <see cref="Paragraph"/> is the body paragraph it starts in,
/// or -1 in a front-matter field. <see cref="Text"/> drops the marks that open continuing
/// paragraphs. <see cref="Span"/> is where it was written (its annotation, when it has one);
/// <see cref="OpenSpan"/> is where it opens (the first quotation mark, or the <c>[</c> of reported
/// speech), which is where CG0305 reports a quotation without a speaker.
/// </summary>
public sealed record QuotationSyntax(
    string Field,
    int Start,
    int Length,
    string Text,
    EntityReference? Speaker,
    QuoteKind Kind,
    int Paragraph,
    string? Name,
    SourceSpan Span,
    SourceSpan NameSpan = default,
    SourceSpan OpenSpan = default);

/// <summary>A <c>“…”{term}</c>: quotation marks around a term, title or scare quote.</summary>
public sealed record TermSyntax(string Field, int Start, int Length, string Text, SourceSpan Span);

/// <summary>A body paragraph's range in the article's plain text.</summary>
public readonly record struct ParagraphSpan(int Start, int Length);

/// <summary>A front-matter field that takes inline annotations, as plain text.</summary>
public sealed record FieldText(string Name, string Text);

/// <summary>An <c>x-…</c> front-matter entry.</summary>
public sealed record MetadataEntry(string Key, string Value);
