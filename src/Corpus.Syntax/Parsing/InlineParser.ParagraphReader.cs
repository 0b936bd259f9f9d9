using System.Collections.Generic;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

internal sealed partial class InlineParser
{
    /// <summary>
    /// Reads one paragraph at a time: pass one finds the markup, pass two copies the text.
    /// One reader serves every paragraph of a field, so its buffers and lists are allocated once.
    /// </summary>
    private sealed class ParagraphReader
    {
        /// <summary>How far after a closing mark a misplaced annotation still counts as meant for its quotation.</summary>
        private const int AdjacentDistance = 4;

        private readonly InlineParser _owner;
        private readonly JoinedParagraph _joined;
        private readonly System.Func<int, int, SourceSpan> _spanOf;
        private readonly List<int> _brackets = new();
        private readonly List<QuoteFrame> _openedHere = new();
        private readonly List<PendingBracket> _pendingBrackets = new();
        private readonly List<PendingQuote> _pendingQuotes = new();
        private readonly List<QuoteFrame> _deferredUnclosed = new();
        private char[] _chars = System.Array.Empty<char>();
        private int _n;
        private int _paragraph;
        private bool[] _markup = new bool[256];
        // The copied runs of text, in order: where each starts in the paragraph and in the
        // field's text. An offset of the paragraph maps through them, so no per-character
        // table is kept (few positions are ever asked for: those of marks and annotations).
        private int[] _runLocal = new int[16];
        private int[] _runText = new int[16];
        private int _runCount;
        private int _paragraphStart;
        private int _paragraphEnd;
        private QuoteFrame? _continued;
        private QuoteFrame? _abandoned;
        private int _braceSearchFrom;
        private int _braceFound;

        public ParagraphReader(InlineParser owner, JoinedParagraph joined)
        {
            _owner = owner;
            _joined = joined;
            _spanOf = SpanOf; // one delegate for every annotation, not one per call
        }

        private DiagnosticBag Diagnostics => _owner._diagnostics;

        /// <summary>Reads the paragraph <see cref="JoinedParagraph"/> holds, the <paramref name="paragraph"/>-th of the field.</summary>
        public void Read(int paragraph)
        {
            Reset(paragraph);
            int paragraphStart = _owner._text.Length;
            _paragraphStart = paragraphStart;
            int first = StartContinuation();
            FindMarkup(first);
            _owner.ReportUnbalanced(_deferredUnclosed);
            Copy();
            _owner._paragraphs.Add(new ParagraphSpan(paragraphStart, _owner._text.Length - paragraphStart));
            foreach (QuoteFrame frame in _openedHere)
            {
                int mark = Offset(frame.Local);
                frame.ContentStart = mark + 1;
                frame.InDirectContext = IsDirectContext(mark, paragraphStart);
            }

            if (_continued is not null)
            {
                _continued.Continuations.Add(Offset(0));
            }

            Resolve();
        }

        private void Reset(int paragraph)
        {
            _chars = _joined.Chars;
            _n = _joined.Length;
            _paragraph = paragraph;
            if (_markup.Length < _n)
            {
                _markup = new bool[System.Math.Max(_n, _markup.Length * 2)];
            }
            else
            {
                System.Array.Clear(_markup, 0, _n);
            }

            _brackets.Clear();
            _openedHere.Clear();
            _pendingBrackets.Clear();
            _pendingQuotes.Clear();
            _deferredUnclosed.Clear();
            _runCount = 0;
            _continued = null;
            _abandoned = null;
            _braceSearchFrom = -1;
            _braceFound = -1;
        }

        /// <summary>
        /// A quotation left open by the previous paragraph continues when this one opens with
        /// a quotation mark (the typographic convention); otherwise it was never closed.
        /// </summary>
        private int StartContinuation()
        {
            List<QuoteFrame> open = _owner._open;
            if (open.Count == 0)
            {
                return 0;
            }

            // Only a mark of the quotation's own kind continues it: '“' a curly quotation, '"' a
            // straight one. Any other first character (the other kind of mark included) leaves
            // it unclosed, reported at its own mark, and this paragraph is read afresh.
            if (open.Count == 1 && _n > 0 && _chars[0] == (open[0].Straight ? '"' : '“'))
            {
                _continued = open[0];
                return 1;
            }

            // Reported when the paragraph is read, unless a stray closing mark with an
            // annotation shows that this paragraph was meant to continue the quotation.
            _abandoned = open[open.Count - 1];
            _owner.ReportUnclosed(deferred: _deferredUnclosed);
            return 0;
        }

        /// <summary>
        /// The reason of the CG0308 for an annotation after a closing mark that closes nothing;
        /// when the previous paragraph left a quotation open, it is the same mistake (a continuing
        /// paragraph that does not open with a quotation mark), reported once, here.
        /// </summary>
        private string ClosesNoQuotation()
        {
            if (_abandoned is not { } frame || _deferredUnclosed.Count == 0)
            {
                return "the quotation mark before it closes no quotation";
            }

            _deferredUnclosed.Clear();
            SourceSpan opened = frame.OpenSpan;
            return "the quotation mark before it closes no quotation (the quotation opened at line "
                + opened.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + ", column " + opened.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " ends its paragraph unclosed: open each continuing paragraph with '" + frame.Mark + "')";
        }

        /// <summary>
        /// A misplaced or invalid annotation just after a quotation (only punctuation between),
        /// or inside one still open, was the attempt to attribute it: the quotation is not also
        /// reported as unattributed.
        /// </summary>
        /// <returns>The open quotation the annotation stands in, if that is the one excused.</returns>
        private QuoteFrame? ExcuseQuotationBefore(int at)
        {
            if (_pendingQuotes.Count > 0)
            {
                // A few marks at most ('”).', '” '); the bound also keeps a run of misplaced
                // annotations after one quotation linear.
                PendingQuote last = _pendingQuotes[_pendingQuotes.Count - 1];
                bool adjacent = last.Close < at && at - last.Close <= AdjacentDistance;
                for (int k = last.Close + 1; adjacent && k < at; k++)
                {
                    adjacent = !char.IsLetterOrDigit(_chars[k]);
                }

                if (adjacent)
                {
                    last.Frame.Excused = true;
                    return null;
                }
            }

            List<QuoteFrame> open = _owner._open;
            if (open.Count == 0)
            {
                return null;
            }

            // Excused from CG0305 if it closes, from CG0307 if it never does: '“Yes.{@x}' is one mistake.
            QuoteFrame frame = open[open.Count - 1];
            frame.Excused = true;
            return frame;
        }

        /// <summary>British-style ‘…’ quoting: the single marks are apostrophes to the format.</summary>
        private string AfterSingleMark(int brace) =>
            brace > 0 && _chars[brace - 1] is '’' or '\''
                ? " (single quotation marks are not quotation marks in the format: write “…” or \"…\")"
                : string.Empty;

        private static string InsideHint(QuoteFrame frame) =>
            " (it stands inside the quotation opened at line "
            + frame.OpenSpan.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ", column " + frame.OpenSpan.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ": is its closing mark missing before it?)";

        [System.Runtime.CompilerServices.MethodImpl(Corpus.Syntax.Text.HotPath.Optimized)]
        private void FindMarkup(int start)
        {
            int n = _n;
            int skipBrace = -1;
            int i = start;
            while (i < n)
            {
                if ((i & 0xFFFF) == 0)
                {
                    _owner._cancellationToken.ThrowIfCancellationRequested();
                }

                char c = _chars[i];
                if (IsPlain(c))
                {
                    // Most characters are text: they skip the switch.
                    i++;
                    continue;
                }

                switch (c)
                {
                    case '\\':
                        if (i + 1 < n && IsEscapable(_chars[i + 1]))
                        {
                            _markup[i] = true;
                            i += 2;
                            continue;
                        }

                        break;
                    case '[':
                        _brackets.Add(i);
                        break;
                    case ']':
                        i = CloseBracket(i, ref skipBrace);
                        continue;
                    case '“':
                        Open(c, i);
                        break;
                    case '”':
                        i = CloseQuotation(i, curly: true, ref skipBrace);
                        continue;
                    case '"':
                        if (FindOpen(straight: true) >= 0)
                        {
                            i = CloseQuotation(i, curly: false, ref skipBrace);
                            continue;
                        }

                        Open(c, i);
                        break;
                    case '{':
                        if (i != skipBrace && AnnotationParser.LooksLikeAnnotation(_chars, i, n))
                        {
                            int close = FindBraceClose(i);
                            int end = close < 0 ? EndOfLine(i) : close + 1;
                            QuoteFrame? inside = ExcuseQuotationBefore(i);
                            Diagnostics.Add(DiagnosticDescriptors.MisplacedAnnotation, SpanOf(i, end), Shorten(i, end), inside is not null ? InsideHint(inside) : AfterSingleMark(i));
                            if (close >= 0)
                            {
                                // Markup in error leaves the text like any other annotation, so the
                                // offsets after it are those of the corrected article. One that
                                // never closes stays text, as after ']' (CG0302): where it was meant
                                // to end is unknown.
                                MarkMarkup(i, end);
                            }

                            i = end;
                            continue;
                        }

                        break;
                }

                i++;
            }
        }

        private void Open(char mark, int at)
        {
            var frame = new QuoteFrame(mark, at, SpanOf(at, at + 1), _paragraph);
            _owner.Push(frame);
            _openedHere.Add(frame);
        }

        /// <summary>Handles a ']' and, when '{' follows, its annotation; returns where to go on.</summary>
        private int CloseBracket(int at, ref int skipBrace)
        {
            bool annotated = at + 1 < _n && _chars[at + 1] == '{';
            int open = -1;
            if (_brackets.Count > 0)
            {
                open = _brackets[_brackets.Count - 1];
                _brackets.RemoveAt(_brackets.Count - 1);
            }

            if (!annotated)
            {
                return at + 1;
            }

            int braceClose = FindBraceClose(at + 1);
            if (braceClose < 0)
            {
                ReportUnclosedAnnotation(at + 1);
                skipBrace = at + 1;
                return at + 1;
            }

            if (open < 0)
            {
                Diagnostics.Add(
                    DiagnosticDescriptors.InvalidAnnotation,
                    SpanOf(at + 1, braceClose + 1),
                    Shorten(at + 1, braceClose + 1),
                    "the ']' before it closes no '['");
                MarkMarkup(at + 1, braceClose + 1);
                return braceClose + 1;
            }

            Annotation? annotation = AnnotationParser.Parse(_chars, at + 1, braceClose, AnnotationTarget.Bracket, _spanOf, Diagnostics);
            if (annotation is not null)
            {
                MarkMarkup(open, open + 1);
                MarkMarkup(at, braceClose + 1);
                _pendingBrackets.Add(new PendingBracket(open, at, annotation, SpanOf(open, braceClose + 1)));
            }
            else
            {
                // The mistake is reported; the markup still leaves the text so nothing cascades.
                MarkMarkup(open, open + 1);
                MarkMarkup(at, braceClose + 1);
            }

            return braceClose + 1;
        }

        /// <summary>Handles a closing mark ('”', or '"' while one is open) and its annotation.</summary>
        private int CloseQuotation(int at, bool curly, ref int skipBrace)
        {
            List<QuoteFrame> open = _owner._open;
            int index = FindOpen(straight: !curly);
            bool annotated = at + 1 < _n && _chars[at + 1] == '{';
            int braceClose = annotated ? FindBraceClose(at + 1) : -1;
            bool unclosed = annotated && braceClose < 0;
            if (unclosed)
            {
                ReportUnclosedAnnotation(at + 1);
                skipBrace = at + 1;
                annotated = false;
            }

            if (index < 0)
            {
                if (annotated)
                {
                    Diagnostics.Add(
                        DiagnosticDescriptors.InvalidAnnotation,
                        SpanOf(at + 1, braceClose + 1),
                        Shorten(at + 1, braceClose + 1),
                        ClosesNoQuotation());
                    MarkMarkup(at + 1, braceClose + 1);
                    ExcuseQuotationBefore(at);
                    return braceClose + 1;
                }

                Diagnostics.Add(DiagnosticDescriptors.UnbalancedQuotationMark, SpanOf(at, at + 1), _chars[at].ToString(), "opening mark");
                return at + 1;
            }

            // Marks opened inside this quotation and never closed are unbalanced.
            for (int k = open.Count - 1; k > index; k--)
            {
                if (open[k].Excused)
                {
                    continue;
                }

                Diagnostics.Add(DiagnosticDescriptors.UnbalancedQuotationMark, open[k].OpenSpan, open[k].Mark.ToString(), "closing mark");
            }

            QuoteFrame frame = open[index];
            _owner.PopFrom(index);

            if (!annotated)
            {
                // An annotation that never closes was meant for this quotation: it is reported
                // once, and the quotation adds nothing (in particular no "unattributed" warning).
                _pendingQuotes.Add(new PendingQuote(frame, at, null, failed: unclosed, frame.OpenSpan));
                return at + 1;
            }

            Annotation? annotation = AnnotationParser.Parse(_chars, at + 1, braceClose, AnnotationTarget.Quotation, _spanOf, Diagnostics);
            MarkMarkup(at + 1, braceClose + 1);
            _pendingQuotes.Add(new PendingQuote(frame, at, annotation, failed: annotation is null, annotation?.Span ?? frame.OpenSpan));
            return braceClose + 1;
        }

        private int FindOpen(bool straight) => _owner.TopmostOpen(straight);

        private void ReportUnclosedAnnotation(int brace)
        {
            int end = EndOfLine(brace);
            Diagnostics.Add(DiagnosticDescriptors.UnclosedAnnotation, SpanOf(brace, end), Shorten(brace, end));
        }

        /// <summary>
        /// The first '}' after <paramref name="brace"/> in this paragraph, or -1. Searches run
        /// left to right, so the previous answer is reused while it still lies ahead: linear overall.
        /// </summary>
        private int FindBraceClose(int brace)
        {
            int from = brace + 1;
            if (_braceSearchFrom >= 0 && from >= _braceSearchFrom && (_braceFound < 0 || _braceFound >= from))
            {
                return _braceFound;
            }

            _braceSearchFrom = from;
            _braceFound = System.Array.IndexOf(_chars, '}', from, _n - from);
            return _braceFound;
        }

        /// <summary>The end of the file line that holds <paramref name="at"/> (the space that joins two lines ends it).</summary>
        private int EndOfLine(int at) => _joined.EndOfLine(at);

        private void MarkMarkup(int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                _markup[k] = true;
            }
        }

        /// <summary>Pass two: copies the runs of characters that are text, recording where each run landed.</summary>
        [System.Runtime.CompilerServices.MethodImpl(Corpus.Syntax.Text.HotPath.Optimized)]
        private void Copy()
        {
            TextBuffer text = _owner._text;
            int k = 0;
            while (k < _n)
            {
                // Markup is a few short runs in a paragraph: both ends of each are found in bulk.
                int markup = System.Array.IndexOf(_markup, true, k, _n - k);
                int end = markup < 0 ? _n : markup;
                if (end > k)
                {
                    AddRun(k, text.Length);
                    text.Append(_chars, k, end - k);
                }

                if (markup < 0)
                {
                    break;
                }

                int next = System.Array.IndexOf(_markup, false, markup, _n - markup);
                k = next < 0 ? _n : next;
            }

            _paragraphEnd = text.Length;
        }

        private void AddRun(int local, int textOffset)
        {
            if (_runCount == _runLocal.Length)
            {
                System.Array.Resize(ref _runLocal, _runCount * 2);
                System.Array.Resize(ref _runText, _runCount * 2);
            }

            _runLocal[_runCount] = local;
            _runText[_runCount] = textOffset;
            _runCount++;
        }

        /// <summary>
        /// Where the character at <paramref name="local"/> landed in the field's text, or, for
        /// markup (and the paragraph's end), where the next text character lands.
        /// </summary>
        private int Offset(int local)
        {
            int low = 0;
            int high = _runCount - 1;
            int run = -1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                if (_runLocal[middle] <= local)
                {
                    run = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            if (run < 0)
            {
                return _paragraphStart;
            }

            int runLength = (run + 1 < _runCount ? _runText[run + 1] : _paragraphEnd) - _runText[run];
            return _runText[run] + System.Math.Min(local - _runLocal[run], runLength);
        }

        private bool IsDirectContext(int markOffset, int paragraphStart)
        {
            TextBuffer text = _owner._text;
            int k = markOffset - 1;
            while (k >= paragraphStart && (text[k] == ' ' || text[k] == '\t'))
            {
                k--;
            }

            return k < paragraphStart || DirectContext.IndexOf(text[k]) >= 0;
        }

        /// <summary>Turns this paragraph's pending annotations into spans of the field's text.</summary>
        private void Resolve()
        {
            foreach (PendingBracket pending in _pendingBrackets)
            {
                int start = Offset(pending.Open);
                int end = Offset(pending.Close);
                if (end == start || IsBlank(start, end, null))
                {
                    Diagnostics.Add(DiagnosticDescriptors.EmptyAnnotatedText, pending.Span, (pending.Annotation.Says ? "reported speech" : "mention") + " " + Described(pending.Annotation), end == start ? string.Empty : OnlyWhiteSpace);
                    continue;
                }

                _owner._spans.Add(new RawSpan
                {
                    Kind = pending.Annotation.Says ? RawKind.Quotation : RawKind.Mention,
                    Start = start,
                    End = end,
                    Annotation = pending.Annotation,
                    QuoteKind = QuoteKind.Indirect,
                    Paragraph = _owner._field == ArticleFields.Body ? _paragraph : -1,
                    Span = pending.Span,
                    OpenSpan = pending.Span,
                    Order = _owner._spans.Count,
                });
            }

            foreach (PendingQuote pending in _pendingQuotes)
            {
                if (pending.Failed)
                {
                    continue;
                }

                QuoteFrame frame = pending.Frame;
                int start = frame.ContentStart;
                int end = Offset(pending.Close);
                Annotation? annotation = pending.Annotation;
                bool empty = end == start;
                if (empty || IsBlank(start, end, frame.Continuations))
                {
                    // '“”' or '""': nothing to attribute, whether an annotation follows or not;
                    // '“ ”' (or a no-break space, or any other space) is no more to attribute.
                    string blank = empty ? string.Empty : OnlyWhiteSpace;
                    Diagnostics.Add(
                        DiagnosticDescriptors.EmptyAnnotatedText,
                        frame.OpenSpan,
                        annotation is null ? EmptyPair(frame, empty) : "quotation " + Described(annotation),
                        annotation is null ? blank + EmptyPairHint(frame) : blank);
                    continue;
                }

                // '{#name}', '{direct}' or '{partial}' alone name or classify a quotation but say
                // nothing of who speaks: it is as unattributed as one with no annotation at all.
                if ((annotation is null || (annotation.Reference is null && !annotation.Term)) && !frame.Excused)
                {
                    Diagnostics.Add(DiagnosticDescriptors.UnattributedQuotation, frame.OpenSpan, ShortenText(Words(start, end, frame.Continuations)));
                }

                bool term = annotation?.Term == true;
                _owner._spans.Add(new RawSpan
                {
                    Kind = term ? RawKind.Term : RawKind.Quotation,
                    Start = start,
                    End = end,
                    Annotation = annotation,
                    QuoteKind = annotation?.KindOverride ?? InferKind(frame, start, end),
                    Paragraph = _owner._field == ArticleFields.Body ? frame.Paragraph : -1,
                    Span = pending.Span,
                    OpenSpan = frame.OpenSpan,
                    Continuations = frame.Continuations,
                    Order = _owner._spans.Count,
                });
            }
        }

        /// <summary>
        /// The start of the quotation's words, for a diagnostic's excerpt: its content without
        /// the marks that open continuing paragraphs, cut well past what the excerpt shows, so
        /// that nested quotations do not each copy the whole of their content (quadratic).
        /// </summary>
        private string Words(int start, int end, List<int> continuations)
        {
            const int Excerpt = 256;
            var words = new System.Text.StringBuilder(System.Math.Min(end - start, Excerpt));
            int next = 0; // continuation marks are recorded in text order
            for (int k = start; k < end && words.Length < Excerpt; k++)
            {
                if (next < continuations.Count && continuations[next] == k)
                {
                    next++;
                    continue;
                }

                words.Append(_owner._text[k]);
            }

            return words.ToString();
        }

        /// <summary>What CG0311 says of an empty span: "annotated by '{…}'".</summary>
        private static string Described(Annotation annotation) => "annotated by '" + Excerpt.Of(annotation.Text) + "'";

        /// <summary>What CG0311 adds when the text is not empty but blank: its characters may not show in the message.</summary>
        private const string OnlyWhiteSpace = ", only white space";

        /// <summary>What CG0311 says of an empty (or blank: '“ ”') pair of marks with no annotation: the pair, and how to keep it as text.</summary>
        private static string EmptyPair(QuoteFrame frame, bool empty) =>
            frame.Straight ? (empty ? "quotation '\"\"'" : "quotation '\" \"'") : (empty ? "quotation '“”'" : "quotation '“ ”'");

        /// <summary>
        /// Whether the text between two offsets holds nothing a reader sees (<see cref="BlankText"/>),
        /// skipping the marks that open continuing paragraphs.
        /// </summary>
        private bool IsBlank(int start, int end, List<int>? continuations)
        {
            TextBuffer text = _owner._text;
            int next = 0; // continuation marks are recorded in text order
            for (int k = start; k < end; k++)
            {
                if (continuations is not null && next < continuations.Count && continuations[next] == k)
                {
                    next++;
                    continue;
                }

                if (!BlankText.IsBlank(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static string EmptyPairHint(QuoteFrame frame) =>
            frame.Straight ? "; escape the marks (\\\"\\\") if they are text" : "; escape the marks (\\“\\”) if they are text";

        /// <summary>
        /// Direct when the content starts with a capital or digit in a sentence-opening position.
        /// The first character is a code point: '𝐀' (U+1D400) is a capital, '𝟏' (U+1D7CF) a digit.
        /// </summary>
        private QuoteKind InferKind(QuoteFrame frame, int start, int end)
        {
            if (!frame.InDirectContext || start >= end)
            {
                return QuoteKind.Partial;
            }

            TextBuffer text = _owner._text;
            char first = text[start];
            System.Globalization.UnicodeCategory category = char.IsHighSurrogate(first) && start + 1 < end && char.IsLowSurrogate(text[start + 1])
                ? System.Globalization.CharUnicodeInfo.GetUnicodeCategory(new string(new[] { first, text[start + 1] }), 0)
                : System.Globalization.CharUnicodeInfo.GetUnicodeCategory(first);
            return category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.DecimalDigitNumber
                ? QuoteKind.Direct
                : QuoteKind.Partial;
        }

        private SourceSpan SpanOf(int from, int to)
        {
            if (_n == 0)
            {
                return Diagnostics.Lines.GetSpan(0, 0);
            }

            int start = _joined.Origin(System.Math.Min(from, _n - 1));
            int end = to <= from ? start : _joined.Origin(System.Math.Min(to, _n) - 1) + 1;
            return Diagnostics.Lines.GetSpan(start, end - start);
        }

        private string Shorten(int from, int to) => Excerpt.Of(_chars, from, to - from);

        private static string ShortenText(string text) => Excerpt.Of(text);

        /// <summary>Whether <paramref name="c"/> is none of the characters <see cref="FindMarkup"/> acts on: \ [ ] { “ ” ".</summary>
        private static bool IsPlain(char c) =>
            (c > ']' && c < '{') || (c < 0x80 ? c != '"' && c != '[' && c != '\\' && c != ']' && c != '{' : c != '“' && c != '”');

        private static bool IsEscapable(char c) => c is '[' or ']' or '{' or '}' or '“' or '”' or '"' or '\\';

        private readonly record struct PendingBracket(int Open, int Close, Annotation Annotation, SourceSpan Span);

        private readonly struct PendingQuote
        {
            public PendingQuote(QuoteFrame frame, int close, Annotation? annotation, bool failed, SourceSpan span)
            {
                Frame = frame;
                Close = close;
                Annotation = annotation;
                Failed = failed;
                Span = span;
            }

            public QuoteFrame Frame { get; }

            public int Close { get; }

            public Annotation? Annotation { get; }

            public bool Failed { get; }

            public SourceSpan Span { get; }
        }
    }
}
