using System;
using Corpus.Syntax;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// Where a quotation or term is written, from its opening mark to the end of its annotation.
/// The parse records a quotation's span as its annotation (<c>{@id}</c>, <c>{term}</c>), or its
/// opening mark when it has none, and reported speech as the whole <c>[…]{says @id}</c>; hover
/// and the outline need the whole extent, found here by walking the marks from that span.
/// The walk is bounded by the quotation's own length, so it stays linear.
/// </summary>
internal static class QuotationExtent
{
    /// <summary>[start, end) offsets of the quotation in the document's text.</summary>
    public static (int Start, int End) Of(string text, SourceSpan span, int plainLength, bool reportedSpeech)
    {
        if (reportedSpeech || span.Start >= text.Length)
        {
            return (span.Start, span.End);
        }

        // Markup, escapes and continuation marks make the source longer than the plain text; this bound is generous.
        int budget = (plainLength * 4) + 4096;
        char first = text[span.Start];
        if (first is '“' || (first == '"' && span.Length == 1))
        {
            // An unannotated quotation: its span is the opening mark; find the matching close.
            int depth = 0;
            for (int i = span.Start + 1; i < text.Length && i - span.Start < budget; i++)
            {
                char c = text[i];
                if (c == '“' && first == '“')
                {
                    depth++;
                }
                else if ((c == '”' && first == '“') || (c == '"' && first == '"'))
                {
                    if (depth-- == 0)
                    {
                        return (span.Start, i + 1);
                    }
                }
            }

            return (span.Start, span.End);
        }

        int close = span.Start - 1;
        if (close < 0 || text[close] is not ('”' or '"'))
        {
            return (span.Start, span.End);
        }

        char opening = text[close] == '”' ? '“' : '"';
        int nested = 0;
        for (int i = close - 1; i >= 0 && close - i < budget; i--)
        {
            char c = text[i];
            if (c == '”' && opening == '“')
            {
                nested++;
            }
            else if (c == opening)
            {
                if (nested-- == 0)
                {
                    return (i, span.End);
                }
            }
        }

        return (span.Start, span.End);
    }

    public static (int Start, int End) Of(string text, QuotationSyntax quotation) =>
        Of(text, quotation.Span, quotation.Length, quotation.Kind == QuoteKind.Indirect);

    public static (int Start, int End) Of(string text, TermSyntax term) => Of(text, term.Span, term.Length, reportedSpeech: false);

    public static bool Holds((int Start, int End) extent, int offset) => offset >= extent.Start && offset <= extent.End;

    public static Corpus.Cli.Lsp.Protocol.Range ToRange(CorpusDocument document, (int Start, int End) extent) =>
        LspPositions.ToRange(document.Lines, extent.Start, Math.Max(extent.Start, extent.End));
}
