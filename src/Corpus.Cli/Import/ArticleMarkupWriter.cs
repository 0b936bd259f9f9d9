using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Import;

/// <summary>
/// Writes a plain text and its annotations as an article body in our inline format:
/// mentions as <c>[…]{@id}</c>, reported speech as <c>[…]{says @id}</c>, quotations and terms
/// by an annotation after the closing quotation mark that already stands in the text.
/// Literal <c>[ ] { } \</c> are escaped, and so are quotation marks that no imported
/// quotation uses (unless they are kept), so that the article holds exactly the imported
/// annotations. Spans that cannot be written inline (crossing another span, a mention over
/// a paragraph break, a term without quotation marks) are left out with a warning.
/// </summary>
internal static class ArticleMarkupWriter
{
    private enum Form
    {
        Bracket,
        Marks,
    }

    private sealed record Placed(ImportedSpan Span, Form Form, int ExtentStart, int ExtentEnd, string Annotation)
    {
        public int Rank { get; set; }
    }

    /// <param name="text">The canonical plain text.</param>
    /// <param name="spans">The annotations, in any order.</param>
    /// <param name="kindOverrides">Quotations whose kind the parser would infer differently: their kind is written out.</param>
    /// <param name="escapeUnannotatedQuotes">Escape quotation marks that no imported quotation uses.</param>
    /// <param name="warnings">Receives one line per span left out.</param>
    /// <param name="written">The spans that were written.</param>
    public static string Write(string text, IReadOnlyList<ImportedSpan> spans, ISet<ImportedSpan> kindOverrides, bool escapeUnannotatedQuotes, List<string> warnings, out List<ImportedSpan> written)
    {
        var placed = new List<Placed>();
        foreach (ImportedSpan span in spans)
        {
            Placed? p = Place(text, span, kindOverrides, warnings);
            if (p is not null)
            {
                placed.Add(p);
            }
        }

        placed.Sort(static (a, b) =>
            a.ExtentStart != b.ExtentStart ? a.ExtentStart.CompareTo(b.ExtentStart)
            : a.ExtentEnd != b.ExtentEnd ? b.ExtentEnd.CompareTo(a.ExtentEnd)
            : a.Form != b.Form ? a.Form.CompareTo(b.Form) // a [...] around a quotation's marks is the outer one
            : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Span.Source, b.Span.Source));
        List<Placed> nested = DropCrossing(placed, warnings);

        var structural = new HashSet<int>();
        var insertions = new List<(int At, int Phase, int Rank, string Text)>();
        for (int i = 0; i < nested.Count; i++)
        {
            Placed p = nested[i];
            p.Rank = i;
            if (p.Form == Form.Bracket)
            {
                insertions.Add((p.Span.Start, 1, i, "["));
                insertions.Add((p.Span.End, 0, i, "]{" + p.Annotation + "}"));
            }
            else
            {
                structural.Add(p.Span.Start - 1);
                structural.Add(p.Span.End);
                for (int k = text.IndexOf("\n\n", p.Span.Start, p.Span.End - p.Span.Start, StringComparison.Ordinal); k >= 0 && k < p.Span.End; k = text.IndexOf("\n\n", k + 2, p.Span.End - (k + 2), StringComparison.Ordinal))
                {
                    structural.Add(k + 2); // the mark that opens a continuing paragraph
                    if (k + 2 >= p.Span.End)
                    {
                        break;
                    }
                }

                if (p.Annotation.Length > 0)
                {
                    insertions.Add((p.Span.End + 1, 0, i, "{" + p.Annotation + "}"));
                }
            }
        }

        // At one offset: closings before openings; inner closings first, outer openings first.
        insertions.Sort(static (a, b) =>
            a.At != b.At ? a.At.CompareTo(b.At)
            : a.Phase != b.Phase ? a.Phase.CompareTo(b.Phase)
            : a.Phase == 0 ? b.Rank.CompareTo(a.Rank) : a.Rank.CompareTo(b.Rank));

        var markup = new StringBuilder(text.Length + (insertions.Count * 8));
        int next = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            while (next < insertions.Count && insertions[next].At == i)
            {
                markup.Append(insertions[next].Text);
                next++;
            }

            if (i == text.Length)
            {
                break;
            }

            char c = text[i];
            bool escape = c is '[' or ']' or '{' or '}' or '\\'
                || (IsQuotationMark(c) && !structural.Contains(i) && escapeUnannotatedQuotes);
            if (escape)
            {
                markup.Append('\\');
            }

            markup.Append(c);
        }

        written = new List<ImportedSpan>(nested.Count);
        foreach (Placed p in nested)
        {
            written.Add(p.Span);
        }

        return markup.ToString();
    }

    public static bool IsQuotationMark(char c) => c is '“' or '”' or '"';

    /// <summary>Whether the span stands between a pair of quotation marks in the text.</summary>
    public static bool HasMarks(string text, ImportedSpan span) =>
        span.Start > 0 && span.End < text.Length &&
        ((text[span.Start - 1] == '“' && text[span.End] == '”') || (text[span.Start - 1] == '"' && text[span.End] == '"'));

    private static Placed? Place(string text, ImportedSpan span, ISet<ImportedSpan> kindOverrides, List<string> warnings)
    {
        if (span.End <= span.Start || span.Start < 0 || span.End > text.Length)
        {
            warnings.Add(span.Source + ": empty or out-of-range span, left out");
            return null;
        }

        string name = span.Name is null ? string.Empty : " #" + span.Name;
        bool crossesParagraph = text.IndexOf("\n\n", span.Start, span.End - span.Start, StringComparison.Ordinal) >= 0;
        switch (span.Role)
        {
            case ImportRole.Mention:
                if (crossesParagraph)
                {
                    warnings.Add(span.Source + ": a mention cannot run over a paragraph break, left out");
                    return null;
                }

                return new Placed(span, Form.Bracket, span.Start, span.End, "@" + span.EntityId + name);

            case ImportRole.Quotation:
                bool marks = HasMarks(text, span);
                if (span.Kind == QuoteKind.Indirect || !marks)
                {
                    if (span.EntityId is null)
                    {
                        warnings.Add(span.Source + ": reported speech (a quotation without quotation marks) needs a speaker, left out");
                        return null;
                    }

                    if (crossesParagraph)
                    {
                        warnings.Add(span.Source + ": reported speech cannot run over a paragraph break, left out");
                        return null;
                    }

                    if (span.Kind is QuoteKind.Direct or QuoteKind.Partial)
                    {
                        warnings.Add(span.Source + ": a " + (span.Kind == QuoteKind.Direct ? "direct" : "partial") + " quotation without quotation marks around it is imported as reported speech");
                    }

                    return new Placed(span, Form.Bracket, span.Start, span.End, "says @" + span.EntityId + name);
                }

                var annotation = new StringBuilder();
                if (span.EntityId is not null)
                {
                    annotation.Append('@').Append(span.EntityId);
                }

                if (kindOverrides.Contains(span) && span.Kind is QuoteKind.Direct or QuoteKind.Partial)
                {
                    annotation.Append(annotation.Length > 0 ? " " : string.Empty).Append(span.Kind == QuoteKind.Direct ? "direct" : "partial");
                }

                if (span.Name is not null)
                {
                    annotation.Append(annotation.Length > 0 ? " " : string.Empty).Append('#').Append(span.Name);
                }

                return new Placed(span, Form.Marks, span.Start - 1, span.End + 1, annotation.ToString());

            case ImportRole.Term:
                if (!HasMarks(text, span))
                {
                    warnings.Add(span.Source + ": a term must stand between quotation marks, left out");
                    return null;
                }

                return new Placed(span, Form.Marks, span.Start - 1, span.End + 1, "term");

            default:
                return null;
        }
    }

    /// <summary>Keeps spans that nest (in outer-first order); a span that crosses a kept one is left out.</summary>
    private static List<Placed> DropCrossing(List<Placed> sorted, List<string> warnings)
    {
        var kept = new List<Placed>(sorted.Count);
        var open = new List<Placed>();
        foreach (Placed p in sorted)
        {
            while (open.Count > 0 && open[open.Count - 1].ExtentEnd <= p.ExtentStart)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count > 0 && open[open.Count - 1].ExtentEnd < p.ExtentEnd)
            {
                Placed other = open[open.Count - 1];
                warnings.Add(p.Span.Source + ": crosses " + other.Span.Source + " (inline annotations must nest), left out");
                continue;
            }

            if (p.Form == Form.Marks && open.Count > 0 && open[open.Count - 1].Form == Form.Marks && open[open.Count - 1].ExtentStart == p.ExtentStart && open[open.Count - 1].ExtentEnd == p.ExtentEnd)
            {
                warnings.Add(p.Span.Source + ": annotates the same quotation as " + open[open.Count - 1].Span.Source + ", left out");
                continue;
            }

            kept.Add(p);
            open.Add(p);
        }

        return kept;
    }
}
