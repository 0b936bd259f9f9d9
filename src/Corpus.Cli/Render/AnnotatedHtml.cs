using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Cli.Render;

/// <summary>What a highlighted range is; at equal ranges a quotation encloses a mention, a mention a term.</summary>
internal enum HighlightKind
{
    Quote,
    Mention,
    Term,
}

/// <summary>
/// One highlighted range of a text, with its HTML: the element's class and attributes, the
/// link of a mention, and the label a quotation ends with (with and without its link, for
/// when it sits inside another link).
/// </summary>
internal sealed record Highlight(
    int Start,
    int End,
    HighlightKind Kind,
    string Class,
    string? Anchor,
    string? Title,
    string? Href,
    string? Speaker,
    string? Label,
    string? LabelWithoutLink);

/// <summary>
/// Writes a text with nested highlights as HTML, one paragraph at a time. Ranges that run
/// over a paragraph break are split into one element per paragraph (the first carries the
/// anchor, the last the label); ranges that cross are closed and reopened, so the HTML always
/// nests. A mention inside another link is a span, since links cannot nest.
/// </summary>
internal static class AnnotatedHtml
{
    public static void WriteParagraph(StringBuilder html, string text, int paragraphStart, int paragraphEnd, IReadOnlyList<Highlight> highlights)
    {
        var pieces = new List<Piece>();
        foreach (Highlight h in highlights)
        {
            if (h.Start < paragraphEnd && h.End > paragraphStart)
            {
                pieces.Add(new Piece(h, Math.Max(h.Start, paragraphStart), Math.Min(h.End, paragraphEnd), h.Start >= paragraphStart, h.End <= paragraphEnd));
            }
        }

        pieces.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Highlight.Kind.CompareTo(b.Highlight.Kind));

        var cuts = new SortedSet<int> { paragraphStart, paragraphEnd };
        foreach (Piece piece in pieces)
        {
            cuts.Add(piece.Start);
            cuts.Add(piece.End);
        }

        var open = new List<Piece>();
        int next = 0;
        int previous = paragraphStart;
        foreach (int cut in cuts)
        {
            if (cut > previous)
            {
                html.Text(text.Substring(previous, cut - previous));
                previous = cut;
            }

            CloseEndingAt(html, open, cut);
            while (next < pieces.Count && pieces[next].Start == cut)
            {
                Open(html, open, pieces[next], continuation: false);
                next++;
            }
        }

        CloseEndingAt(html, open, int.MaxValue);
    }

    private static void CloseEndingAt(StringBuilder html, List<Piece> open, int at)
    {
        bool any = false;
        foreach (Piece piece in open)
        {
            any |= piece.End <= at;
        }

        if (!any)
        {
            return;
        }

        var reopen = new List<Piece>();
        while (open.Count > 0)
        {
            bool remaining = false;
            foreach (Piece piece in open)
            {
                remaining |= piece.End <= at;
            }

            if (!remaining)
            {
                break;
            }

            Piece top = open[open.Count - 1];
            open.RemoveAt(open.Count - 1);
            if (top.End <= at)
            {
                Close(html, top, final: true);
            }
            else
            {
                Close(html, top, final: false);
                reopen.Insert(0, top);
            }
        }

        foreach (Piece piece in reopen)
        {
            Open(html, open, piece, continuation: true);
        }
    }

    private static void Open(StringBuilder html, List<Piece> open, Piece piece, bool continuation)
    {
        Highlight h = piece.Highlight;
        bool insideLink = false;
        foreach (Piece outer in open)
        {
            insideLink |= outer.IsLink;
        }

        piece.IsLink = h.Href is not null && !insideLink;
        html.Append(piece.IsLink ? "<a" : "<span");
        html.Append(" class=\"").Text(h.Class).Append('"');
        if (h.Anchor is not null && piece.IsFirst && !continuation && !piece.AnchorWritten)
        {
            html.Append(" id=\"").Text(h.Anchor).Append('"');
            piece.AnchorWritten = true;
        }

        if (piece.IsLink)
        {
            html.Append(" href=\"").Text(h.Href).Append('"');
        }

        if (h.Title is not null)
        {
            html.Append(" title=\"").Text(h.Title).Append('"');
        }

        if (h.Speaker is not null)
        {
            html.Append(" data-speaker=\"").Text(h.Speaker).Append('"');
        }

        html.Append('>');
        piece.InsideLink = insideLink;
        open.Add(piece);
    }

    private static void Close(StringBuilder html, Piece piece, bool final)
    {
        if (final && piece.IsLast && piece.Highlight.Label is not null)
        {
            html.Append(piece.IsLink || piece.InsideLink ? piece.Highlight.LabelWithoutLink : piece.Highlight.Label);
        }

        html.Append(piece.IsLink ? "</a>" : "</span>");
    }

    private sealed class Piece
    {
        public Piece(Highlight highlight, int start, int end, bool isFirst, bool isLast)
        {
            Highlight = highlight;
            Start = start;
            End = end;
            IsFirst = isFirst;
            IsLast = isLast;
        }

        public Highlight Highlight { get; }

        public int Start { get; }

        public int End { get; }

        public bool IsFirst { get; }

        public bool IsLast { get; }

        public bool IsLink { get; set; }

        public bool InsideLink { get; set; }

        public bool AnchorWritten { get; set; }
    }
}
