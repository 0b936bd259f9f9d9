using System.Collections.Generic;
using Corpus.Syntax.Binding;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// The suggestion engine: from an article (plain, or already partly annotated) and the
/// entity table, it proposes the mentions of registered names, the speakers of unattributed
/// quotations and the reported speech whose cue is clear. It never proposes what is already
/// written. Built once per entity table (the name automaton), then linear in each article.
/// Immutable once built, so one instance may serve every article of a build in parallel.
/// The rules are described, with their confidences, in docs/annotate.md.
/// </summary>
public sealed class AnnotationSuggester
{
    private readonly EntityTable _entities;
    private readonly MentionFinder _finder;

    public AnnotationSuggester(EntityTable entities)
    {
        _entities = entities;
        _finder = new MentionFinder(entities);
    }

    /// <summary>The entity table the suggestions come from.</summary>
    public EntityTable Entities => _entities;

    /// <summary>One article against one table; build an <see cref="AnnotationSuggester"/> to reuse the automaton.</summary>
    public static ArticleSuggestions Suggest(ArticleFile article, EntityTable entities) => new AnnotationSuggester(entities).Suggest(article);

    public ArticleSuggestions Suggest(ArticleFile article) => Suggest(article, SuggestionKinds.All);

    /// <summary>
    /// An article given as text: plain, or with markup already in it, with or without a front
    /// matter (without one, all of it is the body). Offsets refer to the plain texts the parser
    /// makes of it (<see cref="ArticleFile.GetFieldText"/>).
    /// </summary>
    public ArticleSuggestions Suggest(string articleText) => Suggest(Parsing.ArticleParser.Parse("article.txt", articleText));

    public ArticleSuggestions Suggest(ArticleFile article, SuggestionKinds kinds)
    {
        var mentions = new List<MentionSuggestion>();
        var quotations = new List<QuotationSuggestion>();
        var reported = new List<ReportedSpeechSuggestion>();
        foreach (string field in ArticleFields.All)
        {
            string text = article.GetFieldText(field);
            if (text.Length > 0)
            {
                SuggestField(article, field, text, kinds, mentions, quotations, reported);
            }
        }

        return new ArticleSuggestions(mentions, quotations, reported);
    }

    private void SuggestField(ArticleFile article, string field, string text, SuggestionKinds kinds, List<MentionSuggestion> mentions, List<QuotationSuggestion> quotations, List<ReportedSpeechSuggestion> reported)
    {
        // Speech rules need the field's mentions as context; the recall aid asks for speakers only,
        // so an article whose quotations all have a speaker builds none of it.
        List<QuotationSyntax> unattributed = (kinds & SuggestionKinds.Speakers) != 0 ? Unattributed(article, field) : new List<QuotationSyntax>();
        bool wantsReported = (kinds & SuggestionKinds.ReportedSpeech) != 0;
        bool wantsSpeakers = unattributed.Count > 0;
        List<KnownMention>? known = wantsReported || wantsSpeakers ? new List<KnownMention>() : null;

        var existing = new List<(int Start, int End, EntityKind Kind)>();
        foreach (MentionSyntax mention in article.Mentions)
        {
            if (mention.Field == field && _entities.Find(mention.Entity.Id) is EntityDeclaration entity)
            {
                existing.Add((mention.Start, mention.Start + mention.Length, entity.Kind));
                known?.Add(new KnownMention(mention.Start, mention.Start + mention.Length, entity.Id, entity.Kind));
            }
            else if (mention.Field == field)
            {
                existing.Add((mention.Start, mention.Start + mention.Length, EntityKind.Place));
            }
        }

        existing.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        foreach (var found in _finder.Find(text, existing))
        {
            if ((kinds & SuggestionKinds.Mentions) != 0)
            {
                mentions.Add(new MentionSuggestion(field, found.Start, found.End - found.Start, text.Substring(found.Start, found.End - found.Start), found.Entity.Id, found.Confidence, found.Rule));
            }

            known?.Add(new KnownMention(found.Start, found.End, found.Entity.Id, found.Entity.Kind));
        }

        if (known is null)
        {
            return;
        }

        var context = new FieldContext(field, text, known);
        var quoteRanges = new List<(int Start, int End)>();
        var writtenReported = new List<(int Start, int End)>();
        foreach (QuotationSyntax quotation in article.Quotations)
        {
            if (quotation.Field != field)
            {
                continue;
            }

            if (quotation.Kind == QuoteKind.Indirect)
            {
                writtenReported.Add((quotation.Start, quotation.Start + quotation.Length));
            }
            else
            {
                quoteRanges.Add((quotation.Start - 1, quotation.Start + quotation.Length + 1));
            }

            if (quotation.Speaker is EntityReference speaker && _entities.Find(speaker.Id) is EntityDeclaration entity)
            {
                context.Speech.Add(new KnownSpeech(quotation.Start, quotation.Start + quotation.Length, entity.Id, entity.Kind, quotation.Kind == QuoteKind.Indirect));
            }
        }

        foreach (TermSyntax term in article.Terms)
        {
            if (term.Field == field)
            {
                quoteRanges.Add((term.Start - 1, term.Start + term.Length + 1));
            }
        }

        var attribution = new QuotationAttributor(context, quoteRanges, id => _entities.Find(id)!.Kind);
        List<ReportedSpeechSuggestion> clauses = attribution.FindReportedSpeech((start, end) => Overlaps(writtenReported, start, end));
        if (wantsReported)
        {
            reported.AddRange(clauses);
        }

        if (!wantsSpeakers)
        {
            return;
        }

        foreach (QuotationSyntax quotation in unattributed)
        {
            if (attribution.Attribute(quotation) is QuotationSuggestion suggestion)
            {
                quotations.Add(suggestion);
                context.Speech.Add(new KnownSpeech(quotation.Start, quotation.Start + quotation.Length, suggestion.SpeakerId, _entities.Find(suggestion.SpeakerId)!.Kind, Reported: false));
            }
        }
    }

    /// <summary>The field's quotations between marks that have no speaker, in text order.</summary>
    private static List<QuotationSyntax> Unattributed(ArticleFile article, string field)
    {
        var unattributed = new List<QuotationSyntax>();
        foreach (QuotationSyntax quotation in article.Quotations)
        {
            if (quotation.Field == field && quotation.Kind != QuoteKind.Indirect && quotation.Speaker is null)
            {
                unattributed.Add(quotation);
            }
        }

        unattributed.Sort((a, b) => a.Start.CompareTo(b.Start));
        return unattributed;
    }

    private static bool Overlaps(List<(int Start, int End)> ranges, int start, int end)
    {
        foreach ((int s, int e) in ranges)
        {
            if (s < end && start < e)
            {
                return true;
            }
        }

        return false;
    }
}
