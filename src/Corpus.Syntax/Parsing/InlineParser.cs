using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>
/// Turns the inline markup of one field (the body, or a front-matter field) into plain
/// text plus mentions, quotations and terms. Each paragraph is read in two linear passes:
/// the first decides which characters are markup (a '[' only becomes markup when its ']'
/// is followed by '{'), the second copies the rest and turns positions into offsets of the
/// plain text. Nothing recurses on the input's nesting: brackets and quotation marks are
/// matched with explicit stacks.
/// </summary>
internal sealed partial class InlineParser
{
    /// <summary>
    /// The deepest nesting of annotations kept. Each nested span's text is a copy of its content,
    /// so unbounded nesting makes the output quadratic in the input (100,000 nested quotations
    /// in 1 MB asked for 20 GB); real articles nest three or four deep.
    /// </summary>
    public const int MaxNesting = 32;

    private const string DirectContext = ":,;.!?—–(";

    private readonly string _field;
    private readonly DiagnosticBag _diagnostics;
    private readonly TextBuffer _text;
    private readonly JoinedParagraph _joined = new();
    private ParagraphReader? _reader;
    private readonly List<ParagraphSpan> _paragraphs = new();
    private readonly List<QuoteFrame> _open = new();
    private readonly List<int> _openCurly = new();
    private readonly List<int> _openStraight = new();
    private readonly List<RawSpan> _spans = new();
    private readonly System.Threading.CancellationToken _cancellationToken;

    // capacity: an upper bound of the field's text (what is left of the file it is read from
    // will do), so that its buffer is never grown.
    public InlineParser(string field, DiagnosticBag diagnostics, System.Threading.CancellationToken cancellationToken = default, int capacity = 256)
    {
        _text = new TextBuffer(capacity);
        _field = field;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>A piece of one line of the file: the parts of a paragraph, already trimmed.</summary>
    public readonly record struct Segment(int Start, int Length);

    /// <summary>Reads one paragraph, given as its trimmed lines (joined with a single space).</summary>
    public void AddParagraph(string source, IReadOnlyList<Segment> lines)
    {
        _joined.Load(source, lines);
        if (_text.Length > 0)
        {
            _text.Append('\n');
            _text.Append('\n');
        }

        // One reader for the whole field: its stacks and buffers are reused by every paragraph.
        _reader ??= new ParagraphReader(this, _joined);
        _reader.Read(_paragraphs.Count);
    }

    /// <summary>Closes the field: reports quotations left open and builds the results.</summary>
    public InlineResult Finish()
    {
        ReportUnclosed();
        DropTooDeep();
        string raw = _text.ToString();
        // The boundaries matter only when normalisation can move them: not in the common text.
        OffsetMap map = TextNormalizer.IsStable(raw) ? new OffsetMap(raw, null) : TextNormalizer.Normalize(raw, Boundaries());
        string text = map.Text;

        var paragraphs = new List<ParagraphSpan>(_paragraphs.Count);
        foreach (ParagraphSpan paragraph in _paragraphs)
        {
            int start = map.Map(paragraph.Start);
            paragraphs.Add(new ParagraphSpan(start, map.Map(paragraph.Start + paragraph.Length) - start));
        }

        var mentions = new List<MentionSyntax>();
        var quotations = new List<QuotationSyntax>();
        var terms = new List<TermSyntax>();
        _spans.Sort(RawSpan.Compare);
        foreach (RawSpan span in _spans)
        {
            int start = map.Map(span.Start);
            int length = map.Map(span.End) - start;
            string content = text.Substring(start, length);
            switch (span.Kind)
            {
                case RawKind.Mention:
                    mentions.Add(new MentionSyntax(_field, start, length, content, span.Annotation!.Reference!, span.Annotation.Name, span.Span, span.Annotation.NameSpan));
                    break;
                case RawKind.Term:
                    terms.Add(new TermSyntax(_field, start, length, content, span.Span));
                    break;
                default:
                    quotations.Add(new QuotationSyntax(
                        _field,
                        start,
                        length,
                        WithoutContinuationMarks(text, start, length, span.Continuations, map),
                        span.Annotation?.Reference,
                        span.QuoteKind,
                        span.Paragraph,
                        span.Annotation?.Name,
                        span.Span,
                        span.Annotation?.NameSpan ?? default,
                        span.OpenSpan));
                    break;
            }
        }

        return new InlineResult(text, paragraphs, mentions, quotations, terms);
    }

    /// <summary>Every offset of the raw text that a paragraph or span starts or ends at, or a continuation mark stands at.</summary>
    private List<int> Boundaries()
    {
        var boundaries = new List<int>();
        foreach (ParagraphSpan paragraph in _paragraphs)
        {
            boundaries.Add(paragraph.Start);
            boundaries.Add(paragraph.Start + paragraph.Length);
        }

        foreach (RawSpan span in _spans)
        {
            boundaries.Add(span.Start);
            boundaries.Add(span.End);
            boundaries.AddRange(span.Continuations);
        }

        return boundaries;
    }

    /// <summary>
    /// Leaves out every span nested inside <see cref="MaxNesting"/> others, with one error at
    /// the first of them: the model stays linear in the input, and nothing left out cascades.
    /// </summary>
    private void DropTooDeep()
    {
        if (_spans.Count <= MaxNesting)
        {
            return;
        }

        _spans.Sort(RawSpan.Compare);
        var enclosingEnds = new List<int>();
        var kept = new List<RawSpan>(_spans.Count);
        RawSpan? first = null;
        int dropped = 0;
        foreach (RawSpan span in _spans)
        {
            while (enclosingEnds.Count > 0 && enclosingEnds[enclosingEnds.Count - 1] <= span.Start)
            {
                enclosingEnds.RemoveAt(enclosingEnds.Count - 1);
            }

            if (enclosingEnds.Count >= MaxNesting)
            {
                first ??= span;
                dropped++;
                continue;
            }

            enclosingEnds.Add(span.End);
            kept.Add(span);
        }

        if (first is null)
        {
            return;
        }

        _spans.Clear();
        _spans.AddRange(kept);
        string reason = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "it is nested inside {0} other annotations, the most supported; it and every annotation as deep in this text ({1:N0} in all) are left out",
            MaxNesting,
            dropped);
        _diagnostics.Add(DiagnosticDescriptors.InvalidAnnotation, first.Span, Excerpt.Of(first.Annotation?.Text ?? "“"), reason);
    }

    /// <summary>A quotation's text: its content without the marks that open continuing paragraphs.</summary>
    private static string WithoutContinuationMarks(string text, int start, int length, List<int> marks, OffsetMap map)
    {
        if (marks.Count == 0)
        {
            return text.Substring(start, length);
        }

        var builder = new StringBuilder(length);
        int from = start;
        foreach (int mark in marks)
        {
            int at = map.Map(mark);
            builder.Append(text, from, at - from);
            from = at + 1;
        }

        builder.Append(text, from, start + length - from);
        return builder.ToString();
    }

    /// <summary>Reports every open quotation as unclosed (or hands them to <paramref name="deferred"/>) and forgets them.</summary>
    private void ReportUnclosed(List<QuoteFrame>? deferred = null)
    {
        if (deferred is null)
        {
            ReportUnbalanced(_open);
        }
        else
        {
            deferred.AddRange(_open);
        }

        PopFrom(0);
    }

    private void ReportUnbalanced(List<QuoteFrame> frames)
    {
        foreach (QuoteFrame frame in frames)
        {
            if (frame.Excused)
            {
                continue; // the misplaced annotation inside it is the one diagnostic
            }

            _diagnostics.Add(DiagnosticDescriptors.UnbalancedQuotationMark, frame.OpenSpan, frame.Mark.ToString(), "closing mark");
        }

        frames.Clear();
    }

    // The open quotations are one stack; the positions of its curly and straight frames are
    // kept apart so that finding the one a closing mark closes takes constant time.
    private void Push(QuoteFrame frame)
    {
        (frame.Straight ? _openStraight : _openCurly).Add(_open.Count);
        _open.Add(frame);
    }

    private int TopmostOpen(bool straight)
    {
        List<int> positions = straight ? _openStraight : _openCurly;
        return positions.Count == 0 ? -1 : positions[positions.Count - 1];
    }

    /// <summary>Removes the frame at <paramref name="index"/> and every frame opened after it.</summary>
    private void PopFrom(int index)
    {
        _open.RemoveRange(index, _open.Count - index);
        Trim(_openCurly, index);
        Trim(_openStraight, index);
    }

    private static void Trim(List<int> positions, int index)
    {
        while (positions.Count > 0 && positions[positions.Count - 1] >= index)
        {
            positions.RemoveAt(positions.Count - 1);
        }
    }

    private enum RawKind
    {
        Mention,
        Quotation,
        Term,
    }

    /// <summary>An open quotation mark, possibly carried over from an earlier paragraph.</summary>
    private sealed class QuoteFrame
    {
        public QuoteFrame(char mark, int local, SourceSpan openSpan, int paragraph)
        {
            Mark = mark;
            Local = local;
            OpenSpan = openSpan;
            Paragraph = paragraph;
        }

        public char Mark { get; }

        public bool Straight => Mark == '"';

        /// <summary>Index of the mark in the paragraph it opened in (meaningful only in that paragraph).</summary>
        public int Local { get; }

        public SourceSpan OpenSpan { get; }

        public int Paragraph { get; }

        /// <summary>Offset in the field's text just after the opening mark; set once its paragraph is copied.</summary>
        public int ContentStart { get; set; } = -1;

        /// <summary>Whether what precedes the mark allows a direct quote (paragraph start or : , ; . ! ? — – ().</summary>
        public bool InDirectContext { get; set; }

        /// <summary>Whether an annotation meant for this quotation was reported, so it is not also unattributed.</summary>
        public bool Excused { get; set; }

        /// <summary>Offsets of the marks that open each continuing paragraph.</summary>
        public List<int> Continuations { get; } = new();
    }

    /// <summary>A mention, quotation or term with offsets in the unnormalised text.</summary>
    private sealed class RawSpan
    {
        private static readonly List<int> NoContinuations = new(0);

        public RawKind Kind { get; init; }

        public int Start { get; init; }

        public int End { get; init; }

        public Annotation? Annotation { get; init; }

        public QuoteKind QuoteKind { get; init; }

        public int Paragraph { get; init; }

        public SourceSpan Span { get; init; }

        /// <summary>Where the span opens: a quotation's first mark, a bracket's '['. Where CG0305 points.</summary>
        public SourceSpan OpenSpan { get; init; }

        /// <summary>Only quotations have any; every other span shares the one empty list, which nothing adds to.</summary>
        public List<int> Continuations { get; init; } = NoContinuations;

        public int Order { get; init; }

        /// <summary>By start; an enclosing span before the spans it contains; then in reading order.</summary>
        public static int Compare(RawSpan a, RawSpan b)
        {
            int c = a.Start.CompareTo(b.Start);
            if (c == 0)
            {
                c = b.End.CompareTo(a.End);
            }

            return c == 0 ? a.Order.CompareTo(b.Order) : c;
        }
    }
}
