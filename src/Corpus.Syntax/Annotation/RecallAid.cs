using System.Collections.Generic;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// The recall aid of an annotated article: a registered name written without its mention
/// (<see cref="DiagnosticDescriptors.UnannotatedName"/>, CG0312) and an unattributed
/// quotation whose speaker the engine names with high confidence
/// (<see cref="DiagnosticDescriptors.SpeakerSuggestion"/>, CG0313). An article with no
/// annotation at all is not reported: it has not been annotated yet (use <c>corpus annotate</c>).
/// Only suggestions of at least <see cref="MinimumConfidence"/> are reported: false alarms
/// would teach authors to ignore it.
/// </summary>
public static class RecallAid
{
    public const double MinimumConfidence = 0.85;

    /// <summary>The diagnostics of one article, sorted by position.</summary>
    /// <param name="article">The parsed article.</param>
    /// <param name="source">The file's text the article was parsed from: positions are computed in it.</param>
    /// <param name="suggester">The engine over the corpus's entity table (build it once per table).</param>
    public static IReadOnlyList<CorpusDiagnostic> Diagnose(ArticleFile article, string source, AnnotationSuggester suggester)
    {
        IReadOnlyList<RecallFinding> findings = Find(article, source, suggester);
        var diagnostics = new CorpusDiagnostic[findings.Count];
        for (int i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = findings[i].Diagnostic;
        }

        return diagnostics;
    }

    /// <summary>
    /// The same findings with the markup that fixes each (for an editor's quick fix): the
    /// annotated name in place of the name, or the attribution inserted after the quotation.
    /// </summary>
    public static IReadOnlyList<RecallFinding> Find(ArticleFile article, string source, AnnotationSuggester suggester)
    {
        var findings = new List<RecallFinding>();
        if (article.Mentions.Count == 0 && !HasSpeaker(article))
        {
            return findings;
        }

        ArticleSuggestions suggestions = suggester.Suggest(article, SuggestionKinds.Mentions | SuggestionKinds.Speakers);
        // The file is projected only when there is something to place in it: most articles have nothing.
        MarkupProjection? projection = null;
        LineMap? lines = null;
        foreach (MentionSuggestion mention in suggestions.Mentions)
        {
            if (mention.Confidence >= MinimumConfidence && Locate(ref projection, ref lines, source, article, mention.Field, mention.Start, mention.Length) is SourceSpan span)
            {
                findings.Add(new RecallFinding(
                    CorpusDiagnostic.Create(DiagnosticDescriptors.UnannotatedName, article.FilePath, span, mention.Text, mention.EntityId),
                    span,
                    "[" + source.Substring(span.Start, span.Length) + "]{@" + mention.EntityId + "}"));
            }
        }

        foreach (QuotationSuggestion quotation in suggestions.Quotations)
        {
            if (quotation.Confidence >= MinimumConfidence && Locate(ref projection, ref lines, source, article, quotation.Field, quotation.Start - 1, quotation.Length + 2) is SourceSpan span)
            {
                string text = Excerpt.Of(quotation.Text);
                findings.Add(new RecallFinding(
                    CorpusDiagnostic.Create(DiagnosticDescriptors.SpeakerSuggestion, article.FilePath, span, text, quotation.SpeakerId, quotation.Rule),
                    lines!.GetSpan(span.End, 0),
                    "{@" + quotation.SpeakerId + "}"));
            }
        }

        findings.Sort(static (a, b) => CorpusDiagnosticComparer.Instance.Compare(a.Diagnostic, b.Diagnostic));
        return findings;
    }

    /// <summary>The same, building the engine for this one article.</summary>
    public static IReadOnlyList<CorpusDiagnostic> Diagnose(ArticleFile article, string source, Binding.EntityTable entities) =>
        Diagnose(article, source, new AnnotationSuggester(entities));

    private static SourceSpan? Locate(ref MarkupProjection? projection, ref LineMap? lines, string source, ArticleFile article, string fieldName, int start, int length)
    {
        projection ??= MarkupProjection.Create(source);
        lines ??= new LineMap(source);
        ProjectedField? field = projection.Find(fieldName);
        if (field is null || field.Text != article.GetFieldText(fieldName))
        {
            return null; // the plain text cannot be placed in the file exactly: say nothing rather than something wrong
        }

        int from = field.SourceStart(start);
        int to = field.SourceEnd(start + length);
        if (from < 0 || to < from || Attempted(projection, from, to))
        {
            return null;
        }

        return lines.GetSpan(from, to - from);
    }

    /// <summary>
    /// Whether the author already tried to annotate this text: it is enclosed by markup
    /// brackets, or a quotation is followed by an annotation, that the parser rejected (and
    /// reported). An annotation in error causes no further diagnostics.
    /// </summary>
    private static bool Attempted(MarkupProjection projection, int from, int to)
    {
        string source = projection.Source;
        bool bracketed = from > 0 && source[from - 1] == '[' && projection.IsMarkup(from - 1) && to < source.Length && source[to] == ']' && projection.IsMarkup(to);
        bool quoteAnnotated = to < source.Length && source[to] == '{' && projection.IsMarkup(to);
        return bracketed || quoteAnnotated;
    }

    private static bool HasSpeaker(ArticleFile article)
    {
        foreach (QuotationSyntax quotation in article.Quotations)
        {
            if (quotation.Speaker is not null)
            {
                return true;
            }
        }

        return false;
    }
}
