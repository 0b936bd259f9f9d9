using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Parsing;

namespace Corpus.Cli.Annotate;

/// <summary>One gold annotation the engine missed or got wrong, for the report.</summary>
internal sealed record EvaluationMiss(string ArticlePath, string What, string Field, int Start, string Text, string Expected, string Got);

/// <summary>
/// Counts for one corpus: mentions scored on exact (field, span, entity); quotations between
/// marks and reported clauses scored separately on span found, speaker and kind.
/// </summary>
internal sealed class EvaluationScore
{
    public int Articles;
    public int GoldMentions, PredictedMentions, CorrectMentions;
    public int GoldQuotes, FoundQuotes, RightSpeakerQuotes, RightKindQuotes, SpuriousQuotes;
    public int GoldReported, FoundReported, RightSpeakerReported, SpuriousReported;
    public List<EvaluationMiss> Misses { get; } = new();

    public double MentionPrecision => Ratio(CorrectMentions, PredictedMentions);

    public double MentionRecall => Ratio(CorrectMentions, GoldMentions);

    public double MentionF1 => MentionPrecision + MentionRecall == 0 ? 0 : 2 * MentionPrecision * MentionRecall / (MentionPrecision + MentionRecall);

    public static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}

/// <summary>
/// Strips every annotation of each article (the text stays), runs the engine on the plain
/// article against the whole registry, and compares what it proposes with what the author
/// wrote. The registry is the corpus's own, so an entity named in one article only still
/// counts as registered when that article is left out.
/// </summary>
internal static class AnnotationEvaluation
{
    public static EvaluationScore Run(IEnumerable<CorpusSourceFile> files)
    {
        var registries = new List<RegistryFile>();
        var articles = new List<CorpusSourceFile>();
        foreach (CorpusSourceFile file in files)
        {
            if (FileNames.IsRegistry(file.Path))
            {
                registries.Add(RegistryParser.Parse(file.Path, file.Text));
            }
            else
            {
                articles.Add(file);
            }
        }

        EntityTable entities = RegistryBinder.Bind(registries);
        var suggester = new AnnotationSuggester(entities);
        var score = new EvaluationScore();
        foreach (CorpusSourceFile file in articles)
        {
            Score(file, suggester, score);
        }

        return score;
    }

    private static void Score(CorpusSourceFile file, AnnotationSuggester suggester, EvaluationScore score)
    {
        ArticleFile gold = ArticleParser.Parse(file.Path, file.Text);
        string stripped = MarkupProjection.Create(file.Text).WithoutMarkup();
        ArticleFile plain = ArticleParser.Parse(file.Path, stripped);
        foreach (string field in ArticleFields.All)
        {
            if (gold.GetFieldText(field) != plain.GetFieldText(field))
            {
                score.Misses.Add(new EvaluationMiss(file.Path, "article", field, 0, string.Empty, "the same plain text once stripped", "a different one"));
                return;
            }
        }

        score.Articles++;
        ArticleSuggestions suggestions = suggester.Suggest(plain);
        var predicted = new Dictionary<(string, int, int), MentionSuggestion>();
        foreach (MentionSuggestion m in suggestions.Mentions)
        {
            predicted[(m.Field, m.Start, m.Length)] = m;
        }

        score.PredictedMentions += suggestions.Mentions.Count;
        var goldSpans = new HashSet<(string, int, int)>();
        foreach (MentionSyntax m in gold.Mentions)
        {
            score.GoldMentions++;
            goldSpans.Add((m.Field, m.Start, m.Length));
            if (predicted.TryGetValue((m.Field, m.Start, m.Length), out MentionSuggestion? p) && p.EntityId == m.Entity.Id)
            {
                score.CorrectMentions++;
            }
            else
            {
                score.Misses.Add(new EvaluationMiss(file.Path, "mention", m.Field, m.Start, m.Text, "@" + m.Entity.Id, p is null ? "nothing" : "@" + p.EntityId));
            }
        }

        foreach (MentionSuggestion p in suggestions.Mentions)
        {
            if (!goldSpans.Contains((p.Field, p.Start, p.Length)))
            {
                score.Misses.Add(new EvaluationMiss(file.Path, "extra mention", p.Field, p.Start, p.Text, "nothing", "@" + p.EntityId + " (" + p.Rule + ")"));
            }
        }

        var quotes = new Dictionary<(string, int, int), QuotationSuggestion>();
        foreach (QuotationSuggestion q in suggestions.Quotations)
        {
            quotes[(q.Field, q.Start, q.Length)] = q;
        }

        var reported = new Dictionary<(string, int, int), ReportedSpeechSuggestion>();
        foreach (ReportedSpeechSuggestion r in suggestions.ReportedSpeech)
        {
            reported[(r.Field, r.Start, r.Length)] = r;
        }

        var goldQuotes = new HashSet<(string, int, int)>();
        foreach (QuotationSyntax q in gold.Quotations)
        {
            var key = (q.Field, q.Start, q.Length);
            goldQuotes.Add(key);
            string expected = q.Speaker is null ? "no speaker" : "@" + q.Speaker.Id;
            if (q.Kind == QuoteKind.Indirect)
            {
                score.GoldReported++;
                if (reported.TryGetValue(key, out ReportedSpeechSuggestion? r))
                {
                    score.FoundReported++;
                    if (q.Speaker?.Id == r.SpeakerId)
                    {
                        score.RightSpeakerReported++;
                    }
                    else
                    {
                        score.Misses.Add(new EvaluationMiss(file.Path, "reported speaker", q.Field, q.Start, q.Text, expected, "@" + r.SpeakerId + " (" + r.Rule + ")"));
                    }
                }
                else
                {
                    score.Misses.Add(new EvaluationMiss(file.Path, "reported speech", q.Field, q.Start, q.Text, expected, "not found"));
                }

                continue;
            }

            score.GoldQuotes++;
            if (quotes.TryGetValue(key, out QuotationSuggestion? s))
            {
                score.FoundQuotes++;
                if (q.Speaker?.Id == s.SpeakerId)
                {
                    score.RightSpeakerQuotes++;
                }
                else
                {
                    score.Misses.Add(new EvaluationMiss(file.Path, "quotation speaker", q.Field, q.Start, q.Text, expected, "@" + s.SpeakerId + " (" + s.Rule + ")"));
                }

                if (q.Kind == s.Kind)
                {
                    score.RightKindQuotes++;
                }
                else
                {
                    score.Misses.Add(new EvaluationMiss(file.Path, "quotation kind", q.Field, q.Start, q.Text, q.Kind.ToString().ToLowerInvariant(), s.Kind.ToString().ToLowerInvariant()));
                }
            }
            else
            {
                score.Misses.Add(new EvaluationMiss(file.Path, "quotation", q.Field, q.Start, q.Text, expected, "no speaker proposed"));
            }
        }

        foreach (QuotationSuggestion s in suggestions.Quotations)
        {
            if (!goldQuotes.Contains((s.Field, s.Start, s.Length)))
            {
                score.SpuriousQuotes++;
                score.Misses.Add(new EvaluationMiss(file.Path, "extra speaker", s.Field, s.Start, s.Text, "a term", "@" + s.SpeakerId + " (" + s.Rule + ")"));
            }
        }

        foreach (ReportedSpeechSuggestion r in suggestions.ReportedSpeech)
        {
            if (!goldQuotes.Contains((r.Field, r.Start, r.Length)))
            {
                score.SpuriousReported++;
                score.Misses.Add(new EvaluationMiss(file.Path, "extra reported speech", r.Field, r.Start, r.Text, "nothing", "@" + r.SpeakerId + " (" + r.Rule + ")"));
            }
        }
    }
}
