using System.Collections.Generic;
using System.Text;
using Corpus.Syntax;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;

namespace Corpus.Cli.Annotate;

/// <summary>The outcome of annotating one file: the new text, how many suggestions it holds, and why a field was left alone.</summary>
internal sealed record AnnotatedArticle(string Text, int Mentions, int Quotations, int ReportedSpeech, IReadOnlyList<string> Notes);

/// <summary>
/// Writes the engine's suggestions into an article file as markup. Only insertions: every
/// character already in the file stays where it is, so an existing annotation is never
/// touched and no line is added or removed. A field whose plain text this writer cannot
/// place exactly is left alone (with a note), and a result that the parser would report
/// more errors for than the original is not written.
/// </summary>
internal static class ArticleAnnotator
{
    public static AnnotatedArticle Annotate(string path, string source, AnnotationSuggester suggester)
    {
        ArticleFile article = ArticleParser.Parse(path, source);
        MarkupProjection projection = MarkupProjection.Create(source);
        ArticleSuggestions suggestions = suggester.Suggest(article);
        var notes = new List<string>();
        var insertions = new List<Insertion>();
        var placeable = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ProjectedField field in projection.Fields)
        {
            if (field.Text == article.GetFieldText(field.Name))
            {
                placeable.Add(field.Name);
            }
            else
            {
                notes.Add("the " + field.Name + " is left alone: its plain text could not be placed in the file (Unicode normalisation?)");
            }
        }

        int mentions = 0, quotations = 0, reported = 0;
        foreach (MentionSuggestion mention in suggestions.Mentions)
        {
            if (Place(projection, placeable, mention.Field, mention.Start, mention.Length, "[", "]{@" + mention.EntityId + "}", insertions, quote: false))
            {
                mentions++;
            }
        }

        foreach (ReportedSpeechSuggestion speech in suggestions.ReportedSpeech)
        {
            if (Place(projection, placeable, speech.Field, speech.Start, speech.Length, "[", "]{says @" + speech.SpeakerId + "}", insertions, quote: false))
            {
                reported++;
            }
        }

        foreach (QuotationSuggestion quotation in suggestions.Quotations)
        {
            string words = "@" + quotation.SpeakerId + (quotation.KindOverride ? " " + quotation.Kind.ToKeyword() : string.Empty);
            // The annotation follows the closing mark: the quotation with its marks is the span.
            if (Place(projection, placeable, quotation.Field, quotation.Start - 1, quotation.Length + 2, null, "{" + words + "}", insertions, quote: true))
            {
                quotations++;
            }
        }

        if (insertions.Count == 0)
        {
            return new AnnotatedArticle(source, 0, 0, 0, notes);
        }

        insertions.Sort(Insertion.Compare);
        var builder = new StringBuilder(source.Length + insertions.Count * 16);
        int at = 0;
        foreach (Insertion insertion in insertions)
        {
            builder.Append(source, at, insertion.Offset - at).Append(insertion.Text);
            at = insertion.Offset;
        }

        builder.Append(source, at, source.Length - at);
        string result = builder.ToString();
        int before = Errors(article.Diagnostics);
        int after = Errors(ArticleParser.Parse(path, result).Diagnostics);
        if (after > before)
        {
            notes.Add("the suggestions were not written: the parser would report " + (after - before) + " more error(s)");
            return new AnnotatedArticle(source, 0, 0, 0, notes);
        }

        return new AnnotatedArticle(result, mentions, quotations, reported, notes);
    }

    private static bool Place(MarkupProjection projection, HashSet<string> placeable, string fieldName, int start, int length, string? open, string close, List<Insertion> insertions, bool quote)
    {
        ProjectedField? field = projection.Find(fieldName);
        if (field is null || !placeable.Contains(fieldName) || start < 0 || start + length > field.Text.Length)
        {
            return false;
        }

        int sourceStart = field.SourceStart(start);
        int sourceEnd = field.SourceEnd(start + length);
        if (sourceStart < 0 || sourceEnd < 0)
        {
            return false;
        }

        if (open is not null)
        {
            insertions.Add(new Insertion(sourceStart, open, IsClosing: false, length, insertions.Count));
        }

        insertions.Add(new Insertion(sourceEnd, close, IsClosing: true, quote ? length - 1 : length, insertions.Count));
        return true;
    }

    private static int Errors(IEnumerable<CorpusDiagnostic> diagnostics)
    {
        int count = 0;
        foreach (CorpusDiagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Text to insert at a file offset. At one offset, closings come before openings; inner
    /// spans close first and outer spans open first, so the markup nests. A quotation's
    /// annotation counts as one shorter than its span, so it sits right after its mark,
    /// inside a reported clause that ends there.
    /// </summary>
    private readonly record struct Insertion(int Offset, string Text, bool IsClosing, int SpanLength, int Order)
    {
        public static int Compare(Insertion a, Insertion b)
        {
            int c = a.Offset.CompareTo(b.Offset);
            if (c != 0)
            {
                return c;
            }

            if (a.IsClosing != b.IsClosing)
            {
                return a.IsClosing ? -1 : 1;
            }

            c = a.IsClosing ? a.SpanLength.CompareTo(b.SpanLength) : b.SpanLength.CompareTo(a.SpanLength);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        }
    }
}
