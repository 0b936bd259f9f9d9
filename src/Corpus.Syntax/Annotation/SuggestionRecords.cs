using System.Collections.Generic;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// A proposed mention: <see cref="Start"/> and <see cref="Length"/> are UTF-16 positions in
/// the plain text of <see cref="Field"/>, as a <see cref="MentionSyntax"/>'s are.
/// <see cref="Rule"/> names the rule that made it (see docs/annotate.md), and
/// <see cref="Confidence"/> is between 0 and 1.
/// </summary>
public sealed record MentionSuggestion(string Field, int Start, int Length, string Text, string EntityId, double Confidence, string Rule);

/// <summary>
/// A speaker proposed for a quotation the text already delimits with its marks.
/// <see cref="Start"/> and <see cref="Length"/> are those of the <see cref="QuotationSyntax"/>
/// (its content, without the marks). <see cref="Kind"/> is the kind the quotation gets with
/// this annotation; <see cref="KindOverride"/> is true when that needs the word
/// <c>direct</c> or <c>partial</c> because the format's rule infers the other one.
/// </summary>
public sealed record QuotationSuggestion(string Field, int Start, int Length, string Text, string SpeakerId, QuoteKind Kind, bool KindOverride, double Confidence, string Rule);

/// <summary>A proposed <c>[…]{says @id}</c>: a clause that reports what the speaker said.</summary>
public sealed record ReportedSpeechSuggestion(string Field, int Start, int Length, string Text, string SpeakerId, double Confidence, string Rule);

/// <summary>Everything the engine proposes for one article, each list in text order per field.</summary>
public sealed record ArticleSuggestions(
    IReadOnlyList<MentionSuggestion> Mentions,
    IReadOnlyList<QuotationSuggestion> Quotations,
    IReadOnlyList<ReportedSpeechSuggestion> ReportedSpeech);
