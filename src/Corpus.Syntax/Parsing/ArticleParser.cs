using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>
/// Parses an article file: the front matter between two <c>---</c> lines, then the body,
/// whose paragraphs are separated by blank lines. One pass over the lines; inline markup
/// is delegated to <see cref="InlineParser"/>.
/// </summary>
public static class ArticleParser
{
    private static readonly string[] Keys =
    {
        "id", "title", "summary", "source", "byline", "published", "updated", "language", "tags", "image", "image-credit", "note",
    };

    /// <param name="filePath">The path reported in diagnostics; its file name is the default id.</param>
    /// <param name="text">The decoded file.</param>
    /// <param name="cancellationToken">Checked between paragraphs and inside long ones.</param>
    [System.Runtime.CompilerServices.MethodImpl(Corpus.Syntax.Text.HotPath.Optimized)]
    public static ArticleFile Parse(string filePath, string text, System.Threading.CancellationToken cancellationToken = default)
    {
        if (SourceChecks.IsTooLarge(filePath, text, out CorpusDiagnostic? tooLarge))
        {
            return Builder.Empty(filePath, tooLarge!);
        }

        var lines = new LineMap(text);
        var diagnostics = new DiagnosticBag(filePath, lines);
        bool empty = SourceChecks.Check(diagnostics, lines, isRegistry: false);
        var article = new Builder(filePath);
        if (empty)
        {
            return article.Build(string.Empty, new List<ParagraphSpan>(), diagnostics, empty: true);
        }

        int bodyStart = ReadFrontMatter(text, lines, diagnostics, article);
        int bodyOffset = bodyStart <= lines.LineCount ? lines.GetLineStart(bodyStart) : text.Length;
        // The body's text is at most as long as the rest of the file: one buffer, never grown.
        var body = new InlineParser(ArticleFields.Body, diagnostics, cancellationToken, capacity: text.Length - bodyOffset);
        var paragraph = new List<InlineParser.Segment>();
        for (int number = bodyStart; number <= lines.LineCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The line is read in place: a copy of every line would cost as much as the file again.
            int start = lines.GetLineStart(number);
            int end = start + lines.GetLineLength(number);
            int a = start;
            while (a < end && KeyValueLine.IsBlank(text[a]))
            {
                a++;
            }

            if (a == end)
            {
                FlushParagraph(text, body, paragraph);
                continue;
            }

            int b = end;
            while (KeyValueLine.IsBlank(text[b - 1]))
            {
                b--;
            }

            paragraph.Add(new InlineParser.Segment(a, b - a));
        }

        FlushParagraph(text, body, paragraph);
        InlineResult result = body.Finish();
        article.AddInline(result);
        return article.Build(result.Text, result.Paragraphs, diagnostics, empty: false);
    }

    private static void FlushParagraph(string text, InlineParser body, List<InlineParser.Segment> paragraph)
    {
        if (paragraph.Count > 0)
        {
            body.AddParagraph(text, paragraph);
            paragraph.Clear();
        }
    }

    /// <summary>Reads the front matter if the file opens with '---'; returns the first body line.</summary>
    private static int ReadFrontMatter(string text, LineMap lines, DiagnosticBag diagnostics, Builder article)
    {
        // Blank lines before the opening '---' (an editor's, or a paste's) do not hide the
        // front matter: read as body, its title line would be lost and the article untitled.
        int opening = 1;
        while (opening < lines.LineCount && IsBlankLine(lines, opening))
        {
            opening++;
        }

        if (!IsDelimiter(lines, opening))
        {
            return 1;
        }

        // Without a closing '---', the front matter is taken to end at its first blank line or
        // at the first line that is no 'key: value' pair, so the body is still read as a body
        // instead of one error per line.
        int end = FindClosingLine(lines, opening + 1);
        bool closed = end > 0;
        if (!closed)
        {
            SourceLine openingLine = lines.GetLine(opening);
            diagnostics.Add(DiagnosticDescriptors.UnclosedFrontMatter, openingLine.Start + KeyValueLine.SkipBlanks(lines.GetLineText(opening), 0), 3);
            end = opening + 1;
            while (end <= lines.LineCount && IsUnclosedFrontMatterLine(lines, end))
            {
                end++;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int number = opening + 1; number < end; number++)
        {
            SourceLine line = lines.GetLine(number);
            string content = SourceChecks.WithoutLeadingMark(lines.GetLineText(number));

            int first = KeyValueLine.SkipBlanks(content, 0);
            if (first == content.Length || content[first] == '#')
            {
                continue;
            }

            if (!KeyValueLine.TryParse(content, line.Start, out KeyValueLine pair))
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedFrontMatterLine, line.Start + first, content.Length - first, Excerpt.Of(content.Trim()));
                if (content.Substring(first).StartsWith("title", StringComparison.OrdinalIgnoreCase))
                {
                    article.TitleLineRejected();
                }

                continue;
            }

            bool custom = pair.Key.StartsWith("x-", StringComparison.Ordinal) && pair.Key.Length > 2;
            if (!custom && Array.IndexOf(Keys, pair.Key) < 0)
            {
                string suggestion = Suggestions.DidYouMean(pair.Key.ToLowerInvariant(), Keys);
                // 'Title:' or 'titel:': if the article has no title, the first such line is the one
                // meant to give it, and the missing title is reported there, once.
                if (suggestion != " (did you mean 'title'?)" || !article.DeferMisspelledTitle(pair, suggestion))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownFrontMatterKey, pair.KeyStart, pair.Key.Length, pair.Key, suggestion);
                }

                continue;
            }

            if (!seen.Add(pair.Key))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateFrontMatterKey, pair.KeyStart, pair.Key.Length, pair.Key);
                continue;
            }

            if (pair.Value.Length == 0)
            {
                if (pair.Key == "title")
                {
                    article.EmptyTitle(pair); // an error (the article has no title), reported once
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.EmptyFrontMatterValue, pair.KeyStart, pair.Key.Length, pair.Key);
                }

                continue;
            }

            article.Apply(text, pair, custom, diagnostics);
        }

        return closed ? end + 1 : end;
    }

    /// <summary>The line number of the '---' that closes the front matter, or 0.</summary>
    private static int FindClosingLine(LineMap lines, int from)
    {
        for (int number = from; number <= lines.LineCount; number++)
        {
            if (IsDelimiter(lines, number))
            {
                return number;
            }
        }

        return 0;
    }

    /// <summary>A '---' line; spaces and tabs around it are not significant, as in the body.</summary>
    private static bool IsDelimiter(LineMap lines, int number)
    {
        // Read in place: until the closing line is found every line of the file may be tested.
        string text = lines.Text;
        int start = lines.GetLineStart(number);
        int end = start + lines.GetLineLength(number);
        while (start < end && KeyValueLine.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && KeyValueLine.IsBlank(text[end - 1]))
        {
            end--;
        }

        return end - start == 3 && string.CompareOrdinal(text, start, "---", 0, 3) == 0;
    }

    private static bool IsBlankLine(LineMap lines, int number)
    {
        string text = lines.Text;
        int start = lines.GetLineStart(number);
        int end = start + lines.GetLineLength(number);
        while (start < end && KeyValueLine.IsBlank(text[start]))
        {
            start++;
        }

        return start == end;
    }

    /// <summary>Whether a line after an unclosed '---' still belongs to the front matter: a comment or a 'key: value' pair.</summary>
    private static bool IsUnclosedFrontMatterLine(LineMap lines, int number)
    {
        string content = lines.GetLineText(number);
        int first = KeyValueLine.SkipBlanks(content, 0);
        return first < content.Length
            && (content[first] == '#' || KeyValueLine.TryParse(content, lines.GetLine(number).Start, out _));
    }

    /// <summary>Accumulates an article's parts while its file is read.</summary>
    private sealed class Builder
    {
        private readonly string _filePath;
        private readonly List<FieldText> _fields = new();
        private readonly List<MentionSyntax> _mentions = new();
        private readonly List<QuotationSyntax> _quotations = new();
        private readonly List<TermSyntax> _terms = new();
        private readonly List<MetadataEntry> _metadata = new();
        private string? _id;
        private SourceSpan _idSpan;
        private bool _idInvalid;
        private string? _title;
        private bool _titleLineRejected;
        private (KeyValueLine Pair, string Suggestion)? _misspelledTitle;
        private KeyValueLine? _emptyTitle;
        private string? _source;
        private EntityReference? _sourceEntity;
        private EquatableArray<string> _byline = EquatableArray<string>.Empty;
        private string? _published;
        private string? _updated;
        private string _language = "en";
        private readonly List<string> _tags = new();

        public Builder(string filePath) => _filePath = filePath;

        /// <summary>An article that generates nothing, carrying the one diagnostic that says why.</summary>
        public static ArticleFile Empty(string filePath, CorpusDiagnostic diagnostic) =>
            new Builder(filePath).Build(string.Empty, new List<ParagraphSpan>(), null, empty: true) with
            {
                Diagnostics = new[] { diagnostic }.ToEquatableArray(),
            };

        /// <summary>A line meant as the title ('Title:', 'titel:', 'title T') was reported: its absence is the same mistake.</summary>
        public void TitleLineRejected() => _titleLineRejected = true;

        /// <summary>Keeps the first misspelled title line until the end of the front matter shows whether a title came; false for any later one.</summary>
        public bool DeferMisspelledTitle(KeyValueLine pair, string suggestion)
        {
            if (_misspelledTitle is not null)
            {
                return false;
            }

            _misspelledTitle = (pair, suggestion);
            return true;
        }

        public void EmptyTitle(KeyValueLine pair) => _emptyTitle = pair;

        public void Apply(string text, KeyValueLine pair, bool custom, DiagnosticBag diagnostics)
        {
            // x- values are free-form metadata for other tools, so only the format's own plain fields are checked.
            if (pair.Key is "title" or "byline" || (pair.Key == "source" && pair.Value[0] != '@'))
            {
                ReportAnnotationInPlainText(pair, diagnostics);
            }

            if (custom)
            {
                _metadata.Add(new MetadataEntry(pair.Key, TextNormalizer.Normalize(pair.Value)));
                return;
            }

            SourceSpan valueSpan = diagnostics.Lines.GetSpan(pair.ValueStart, pair.Value.Length);
            switch (pair.Key)
            {
                case "id":
                    _idSpan = valueSpan;
                    if (Ids.IsValid(pair.Value))
                    {
                        _id = pair.Value;
                    }
                    else
                    {
                        _idInvalid = true;
                        string? suggestion = Ids.Suggest(pair.Value);
                        diagnostics.Add(DiagnosticDescriptors.InvalidArticleId, valueSpan, pair.Value, suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)");
                    }

                    break;
                case "title":
                    _title = TextNormalizer.Normalize(pair.Value);
                    break;
                case "source":
                    if (pair.Value[0] == '@')
                    {
                        _sourceEntity = References.Parse(pair.Value, pair.ValueStart, diagnostics, DiagnosticDescriptors.InvalidReference);
                    }
                    else
                    {
                        _source = TextNormalizer.Normalize(pair.Value);
                    }

                    break;
                case "byline":
                    var authors = new List<string>();
                    foreach (ListItem item in ListItem.Split(pair.Value, pair.ValueStart))
                    {
                        authors.Add(TextNormalizer.Normalize(item.Text));
                    }

                    _byline = authors.ToEquatableArray();
                    break;
                case "published":
                case "updated":
                    if (!IsDate(pair.Value))
                    {
                        diagnostics.Add(DiagnosticDescriptors.InvalidDate, valueSpan, pair.Value, pair.Key);
                    }
                    else if (pair.Key == "published")
                    {
                        _published = pair.Value;
                    }
                    else
                    {
                        _updated = pair.Value;
                    }

                    break;
                case "language":
                    if (IsLanguageTag(pair.Value))
                    {
                        _language = pair.Value;
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticDescriptors.InvalidLanguage, valueSpan, pair.Value);
                    }

                    break;
                case "tags":
                    foreach (ListItem item in ListItem.Split(pair.Value, pair.ValueStart))
                    {
                        if (Ids.IsValid(item.Text))
                        {
                            _tags.Add(item.Text);
                        }
                        else
                        {
                            diagnostics.Add(DiagnosticDescriptors.InvalidTag, item.Start, item.Text.Length, item.Text);
                        }
                    }

                    break;
                default: // summary, image, image-credit, note: text with inline annotations
                    var inline = new InlineParser(pair.Key, diagnostics, capacity: pair.Value.Length);
                    inline.AddParagraph(text, new[] { new InlineParser.Segment(pair.ValueStart, pair.Value.Length) });
                    InlineResult result = inline.Finish();
                    _fields.Add(new FieldText(pair.Key, result.Text));
                    AddInline(result);
                    break;
            }
        }

        /// <summary>
        /// CG0111 for the first annotation in a plain-text value: it would stay in the title
        /// (or byline, or source) as written, braces and all. The value is kept as written.
        /// </summary>
        private static void ReportAnnotationInPlainText(KeyValueLine pair, DiagnosticBag diagnostics)
        {
            char[] value = pair.Value.ToCharArray();
            for (int i = pair.Value.IndexOf('{'); i >= 0; i = pair.Value.IndexOf('{', i + 1))
            {
                if (AnnotationParser.LooksLikeAnnotation(value, i, value.Length))
                {
                    int close = pair.Value.IndexOf('}', i);
                    int end = close < 0 ? value.Length : close + 1;
                    diagnostics.Add(DiagnosticDescriptors.AnnotationInPlainField, pair.ValueStart + i, end - i, Excerpt.Of(pair.Value, i, end - i), pair.Key);
                    return;
                }
            }
        }

        public void AddInline(InlineResult result)
        {
            _mentions.AddRange(result.Mentions);
            _quotations.AddRange(result.Quotations);
            _terms.AddRange(result.Terms);
        }

        public ArticleFile Build(string body, List<ParagraphSpan> paragraphs, DiagnosticBag? diagnostics, bool empty)
        {
            string? id = _id;
            if (id is null && !_idInvalid && !empty)
            {
                string fromName = FileNames.GetArticleId(_filePath);
                if (Ids.IsValid(fromName))
                {
                    id = fromName;
                    _idSpan = diagnostics?.Lines.GetSpan(0, 0) ?? new SourceSpan(0, 0, 1, 1, 1, 1);
                }
                else
                {
                    string? suggestion = Ids.Suggest(fromName);
                    diagnostics?.Add(
                        DiagnosticDescriptors.InvalidArticleId,
                        0,
                        0,
                        fromName,
                        " (the file name is not a valid id: add an 'id:' line to the front matter" + (suggestion is null ? ")" : ", e.g. 'id: " + suggestion + "')"));
                }
            }

            if (_emptyTitle is { } emptyTitle)
            {
                diagnostics?.Add(DiagnosticDescriptors.MissingTitle, emptyTitle.KeyStart, emptyTitle.Key.Length, id ?? FileNames.GetArticleId(_filePath), " ('title:' has no value)");
                if (_misspelledTitle is { } other)
                {
                    diagnostics?.Add(DiagnosticDescriptors.UnknownFrontMatterKey, other.Pair.KeyStart, other.Pair.Key.Length, other.Pair.Key, other.Suggestion);
                }
            }
            else if (_misspelledTitle is { } misspelled)
            {
                KeyValueLine pair = misspelled.Pair;
                if (_title is null)
                {
                    diagnostics?.Add(DiagnosticDescriptors.MissingTitle, pair.KeyStart, pair.Key.Length, id ?? FileNames.GetArticleId(_filePath), " ('" + pair.Key + "' is not the key 'title')");
                }
                else
                {
                    diagnostics?.Add(DiagnosticDescriptors.UnknownFrontMatterKey, pair.KeyStart, pair.Key.Length, pair.Key, misspelled.Suggestion);
                }
            }
            else if (_title is null && !empty && !_titleLineRejected)
            {
                diagnostics?.Add(DiagnosticDescriptors.MissingTitle, 0, 0, id ?? FileNames.GetArticleId(_filePath), string.Empty);
            }

            _fields.Sort((a, b) => ArticleFields.IndexOf(a.Name).CompareTo(ArticleFields.IndexOf(b.Name)));
            _mentions.Sort(CompareMentions);
            _quotations.Sort(CompareQuotations);
            _terms.Sort(CompareTerms);
            _metadata.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

            return new ArticleFile(
                _filePath,
                id,
                _idSpan,
                _title,
                body,
                paragraphs.ToEquatableArray(),
                _fields.ToEquatableArray(),
                _mentions.ToEquatableArray(),
                _quotations.ToEquatableArray(),
                _terms.ToEquatableArray(),
                _source,
                _sourceEntity,
                _byline,
                _published,
                _updated,
                _language,
                _tags.ToEquatableArray(),
                _metadata.ToEquatableArray(),
                diagnostics?.ToEquatableArray() ?? EquatableArray<CorpusDiagnostic>.Empty);
        }

        // Stable order: the body first, then front-matter fields; within a field, by position.
        // One comparison per record type, made once, rather than one generic comparison that
        // takes every record apart into a tuple on each call.
        private static readonly Comparison<MentionSyntax> CompareMentions = (a, b) => CompareByField(a.Field, a.Start, a.Length, b.Field, b.Start, b.Length);

        private static readonly Comparison<QuotationSyntax> CompareQuotations = (a, b) => CompareByField(a.Field, a.Start, a.Length, b.Field, b.Start, b.Length);

        private static readonly Comparison<TermSyntax> CompareTerms = (a, b) => CompareByField(a.Field, a.Start, a.Length, b.Field, b.Start, b.Length);

        private static int CompareByField(string fa, int sa, int la, string fb, int sb, int lb)
        {
            int c = ArticleFields.IndexOf(fa).CompareTo(ArticleFields.IndexOf(fb));
            if (c == 0)
            {
                c = sa.CompareTo(sb);
            }

            return c == 0 ? lb.CompareTo(la) : c;
        }

        private static bool IsDate(string value) =>
            value.Length == 10 && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        /// <summary>A pragmatic BCP 47 check: a 2–3 letter language, then 1–8 character subtags.</summary>
        private static bool IsLanguageTag(string value)
        {
            string[] parts = value.Split('-');
            if (parts[0].Length < 2 || parts[0].Length > 3 || !IsAlphanumeric(parts[0], lettersOnly: true))
            {
                return false;
            }

            for (int i = 1; i < parts.Length; i++)
            {
                if (parts[i].Length < 1 || parts[i].Length > 8 || !IsAlphanumeric(parts[i], lettersOnly: false))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAlphanumeric(string part, bool lettersOnly)
        {
            foreach (char c in part)
            {
                bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                bool digit = c >= '0' && c <= '9';
                if (!letter && (lettersOnly || !digit))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
