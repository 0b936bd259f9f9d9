using System.Collections.Generic;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// The speech rules of one field: who speaks a quotation (a cue after it or before it, the
/// reported clause around it, the quotation it continues), and which clauses are reported
/// speech ("The United States says …", "…, said Victor D. Cha", "According to …, …").
/// </summary>
internal sealed class QuotationAttributor
{
    /// <summary>
    /// The longest reported clause proposed, in characters. A clause is read from its verb to
    /// the sentence's end (or back to its start): without a bound, a pathological sentence
    /// with a verb every few words would be read again for each verb.
    /// </summary>
    private const int MaxClauseLength = 1500;

    private readonly FieldContext _context;

    // Every quotation and term of the field, marks included, sorted by start: a reported
    // clause never cuts one, and no speech verb inside one is read as a cue.
    private readonly List<(int Start, int End)> _quotes;

    private readonly System.Func<string, EntityKind> _kindOf;

    public QuotationAttributor(FieldContext context, List<(int Start, int End)> quotes, System.Func<string, EntityKind> kindOf)
    {
        _context = context;
        _kindOf = kindOf;
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        _quotes = quotes;
    }

    private string Text => _context.Text;

    /// <summary>
    /// The reported clauses, in text order; each is known speech as soon as it is found, so
    /// "On Tuesday, it said …" can name the speaker of the sentence before.
    /// </summary>
    /// <param name="written">Whether a range overlaps reported speech the author already wrote (not proposed again).</param>
    public List<ReportedSpeechSuggestion> FindReportedSpeech(System.Func<int, int, bool> written)
    {
        var result = new List<ReportedSpeechSuggestion>();
        int quote = 0;
        int lastEnd = -1;
        for (int i = 0; i < Text.Length; i++)
        {
            if (!char.IsLetter(Text[i]) || (i > 0 && char.IsLetterOrDigit(Text[i - 1])))
            {
                continue;
            }

            int end = _context.WordAfter(i, out string word);
            while (quote < _quotes.Count && _quotes[quote].End <= i)
            {
                quote++;
            }

            bool insideQuote = quote < _quotes.Count && _quotes[quote].Start <= i;
            if (!insideQuote && i >= lastEnd)
            {
                ReportedSpeechSuggestion? found = null;
                if (SpeechCues.ReportVerbs.Contains(word))
                {
                    found = ClauseAfterVerb(i, end) ?? ClauseBeforeVerb(i, end);
                }
                else if (word == "say" && _context.WordBefore(i, out string before) >= 0 && before == "to")
                {
                    found = Infinitive(end);
                }
                else if (SpeechCues.AppealVerbs.Contains(word))
                {
                    found = Appeal(i, end);
                }
                else if (word == "According" && IsSentenceStart(i))
                {
                    found = AccordingTo(end);
                }
                else if (word == "according" && _context.WordAfter(end, out string to) is int toEnd && toEnd >= 0 && to == "to")
                {
                    found = ClauseBeforeVerb(i, toEnd); // "…, according to Monorka Elkudor."
                }

                if (found is not null && !CutsAnything(found.Start, found.Start + found.Length))
                {
                    lastEnd = found.Start + found.Length;
                    if (!written(found.Start, lastEnd))
                    {
                        result.Add(found);
                    }

                    _context.Speech.Add(new KnownSpeech(found.Start, lastEnd, found.SpeakerId, _kindOf(found.SpeakerId), Reported: true));
                }
            }

            i = end - 1;
        }

        return result;
    }

    /// <summary>A speaker for an unattributed quotation, or null when no rule is sure enough to name one.</summary>
    public QuotationSuggestion? Attribute(QuotationSyntax quotation)
    {
        int open = quotation.Start - 1;
        int close = quotation.Start + quotation.Length;
        ResolvedSpeaker? speaker = InsideReported(open, close + 1) ?? CueAfter(close + 1) ?? CueBefore(open) ?? Continuation(open) ?? (quotation.Kind == QuoteKind.Direct ? ParagraphSpeaker(open) : null);
        if (speaker is not ResolvedSpeaker s)
        {
            return null;
        }

        QuoteKind kind = quotation.Kind;
        bool overrideKind = false;
        if (kind == QuoteKind.Partial && quotation.Text.Length > 0 && char.IsUpper(quotation.Text[0]))
        {
            int before = _context.WordBefore(open, out string word);
            if (before >= 0 && SpeechCues.SentenceConjunctions.Contains(SpeechCues.Lower(word)) && IsSentenceStart(before))
            {
                // "But “I am not sure …”": a whole quoted sentence after a conjunction.
                kind = QuoteKind.Direct;
                overrideKind = true;
            }
        }

        return new QuotationSuggestion(quotation.Field, quotation.Start, quotation.Length, quotation.Text, s.Id, kind, overrideKind, s.Confidence, s.Rule);
    }

    private ResolvedSpeaker? InsideReported(int start, int end)
    {
        KnownSpeech? innermost = null;
        for (int i = _context.Speech.Count - 1, seen = 0; i >= 0 && seen < 64; i--, seen++)
        {
            KnownSpeech speech = _context.Speech[i];
            if (speech.Reported && speech.Start <= start && end <= speech.End && (innermost is null || speech.Start >= innermost.Value.Start))
            {
                innermost = speech;
            }
        }

        return innermost is KnownSpeech s ? new ResolvedSpeaker(s.SpeakerId, s.Kind, 0.9, "inside-reported-speech") : null;
    }

    /// <summary>"…,” Mr. Cha said", "…,” said Ada Park", "…”, says Shen Dingli", "…,” he said".</summary>
    private ResolvedSpeaker? CueAfter(int at)
    {
        int p = _context.SkipSpaces(at);
        if (p < Text.Length && Text[p] == ',')
        {
            p = _context.SkipSpaces(p + 1);
        }

        for (int words = 0; words < 6 && p < Text.Length; words++)
        {
            if (_context.MentionStartingAt(p) is KnownMention m)
            {
                p = _context.SkipSpaces(m.End);
                continue;
            }

            int end = _context.WordAfter(p, out string word);
            if (end < 0 || word is "and" or "but" or "while")
            {
                return null; // a new clause: its verb is not this quotation's cue
            }

            if (SpeechCues.QuoteVerbs.Contains(word))
            {
                ResolvedSpeaker? speaker = SpeakerResolver.Before(_context, p) ?? SpeakerResolver.After(_context, end);
                return speaker is ResolvedSpeaker s ? s with { Rule = "quote-cue-after/" + s.Rule } : null;
            }

            p = _context.SkipSpaces(end);
            if (p < Text.Length && Text[p] == '.' && end - p == 0 && word.Length <= 3)
            {
                p = _context.SkipSpaces(p + 1); // "Mr. Cha"
            }
        }

        return null;
    }

    /// <summary>"Name said: “…”", "Mao reportedly said, because “…”", "Dennis Wilder, …, called an “IV drip”".</summary>
    private ResolvedSpeaker? CueBefore(int open)
    {
        int p = open;
        int floor = _context.SentenceStart(open);
        for (int words = 0; words < 4 && p > floor; words++)
        {
            p = _context.SkipSpacesBack(p);
            while (p > floor && (Text[p - 1] == ',' || Text[p - 1] == ':'))
            {
                p = _context.SkipSpacesBack(p - 1);
            }

            if (_context.MentionEndingAt(p) is not null || InsideQuote(p - 1))
            {
                return null;
            }

            int start = _context.WordBefore(p, out string word);
            if (start < 0)
            {
                return null;
            }

            if (SpeechCues.QuoteVerbs.Contains(word))
            {
                ResolvedSpeaker? speaker = SpeakerResolver.Before(_context, start);
                return speaker is ResolvedSpeaker s ? s with { Confidence = System.Math.Min(s.Confidence, 0.85), Rule = "quote-cue-before/" + s.Rule } : null;
            }

            p = start;
        }

        return null;
    }

    /// <summary>A quotation that continues the one before it: split by its attribution, or over a paragraph break.</summary>
    private ResolvedSpeaker? Continuation(int open)
    {
        int paragraph = _context.ParagraphStart(open);
        KnownSpeech? previous = null;
        for (int i = _context.Speech.Count - 1, seen = 0; i >= 0 && seen < 64; i--, seen++)
        {
            KnownSpeech speech = _context.Speech[i];
            if (!speech.Reported && speech.End <= open && (previous is null || speech.Start > previous.Value.Start))
            {
                previous = speech;
            }
        }

        if (previous is not KnownSpeech p)
        {
            return null;
        }

        if (p.Start >= paragraph)
        {
            return new ResolvedSpeaker(p.SpeakerId, p.Kind, 0.8, "continues-quotation");
        }

        int previousParagraph = paragraph >= 2 ? _context.ParagraphStart(paragraph - 2) : 0;
        return open == paragraph && p.Start >= previousParagraph
            ? new ResolvedSpeaker(p.SpeakerId, p.Kind, 0.75, "continues-previous-paragraph")
            : null;
    }

    private ResolvedSpeaker? ParagraphSpeaker(int open)
    {
        KnownSpeech? recent = _context.RecentSpeaker(open, _ => true);
        return recent is KnownSpeech s && s.Start >= _context.ParagraphStart(open)
            ? new ResolvedSpeaker(s.SpeakerId, s.Kind, 0.6, "paragraph-speaker")
            : null;
    }

    /// <summary>"The United States says China could help …": the clause after a verb whose subject is known.</summary>
    private ReportedSpeechSuggestion? ClauseAfterVerb(int verbStart, int verbEnd)
    {
        int c = _context.SkipSpaces(verbEnd);
        // "said that …", "said on Tuesday that …": the clause starts after "that".
        for (int p = c, words = 0; words < 4; words++)
        {
            int wordEnd = _context.WordAfter(p, out string next);
            if (next == "that")
            {
                c = _context.SkipSpaces(wordEnd);
                break;
            }

            if (wordEnd < 0 || !SpeechCues.Titles.Contains(SpeechCues.Lower(next)))
            {
                break;
            }

            p = wordEnd;
        }

        if (c >= Text.Length || !(char.IsLetterOrDigit(Text[c])) || IsQuoteAttribution(verbStart))
        {
            return null;
        }

        if (_context.MentionStartingAt(c) is KnownMention named && named.Kind == EntityKind.Person && FollowedByAppositiveOrEnd(named.End))
        {
            return null; // "says Tong Zhao, a senior fellow": the verb names a speaker, it reports nothing
        }

        ResolvedSpeaker? speaker = SpeakerResolver.Before(_context, verbStart);
        if (speaker is not ResolvedSpeaker s)
        {
            return null;
        }

        int end = ClauseEnd(c);
        return Clause(c, end, s, "reported-after-verb/" + s.Rule, 0.85);
    }

    /// <summary>"Beijing may not know …, said Victor D. Cha", "But it was important …, Mao reportedly said".</summary>
    private ReportedSpeechSuggestion? ClauseBeforeVerb(int verbStart, int verbEnd)
    {
        int sentence = _context.SentenceStart(verbStart);
        int comma;
        ResolvedSpeaker? speaker;
        int before = _context.SkipSpacesBack(verbStart);
        if (before > 0 && Text[before - 1] == ',')
        {
            comma = before - 1;
            speaker = SpeakerResolver.After(_context, verbEnd);
        }
        else
        {
            speaker = SpeakerResolver.Before(_context, verbStart);
            int subjectStart = SubjectStart(verbStart);
            int b = _context.SkipSpacesBack(subjectStart);
            if (speaker is null || b == 0 || Text[b - 1] != ',')
            {
                return null;
            }

            comma = b - 1;
        }

        if (speaker is not ResolvedSpeaker s || comma <= sentence || comma - sentence > MaxClauseLength)
        {
            return null;
        }

        int start = sentence;
        int afterConjunction = _context.WordAfter(start, out string first);
        if (afterConjunction >= 0 && SpeechCues.SentenceConjunctions.Contains(SpeechCues.Lower(first)))
        {
            start = _context.SkipSpaces(afterConjunction);
        }

        for (int i = start; i < comma; i++)
        {
            if (Text[i] is '“' or '”' or '"')
            {
                return null; // a quotation: its own rules attribute it
            }
        }

        return Clause(start, comma, s, "reported-before-verb/" + s.Rule, 0.85);
    }

    /// <summary>"Xi Jinping, …, reiterated that stance by calling on countries not to …": an appeal reports what was asked.</summary>
    private ReportedSpeechSuggestion? Appeal(int verbStart, int verbEnd)
    {
        int c = verbEnd;
        int onEnd = _context.WordAfter(c, out string on);
        if (on is "on" or "for")
        {
            c = onEnd;
        }

        c = _context.SkipSpaces(c);
        if (c >= Text.Length || !char.IsLetterOrDigit(Text[c]))
        {
            return null;
        }

        int sentence = _context.SentenceStart(verbStart);
        KnownMention? speaker = _context.NearestBefore(verbStart, m => m.Kind == EntityKind.Person, sentence)
            ?? _context.NearestBefore(verbStart, m => SpeechCues.CanSpeak(m.Kind), sentence);
        if (speaker is not KnownMention s)
        {
            return null;
        }

        return Clause(c, ClauseEnd(c), new ResolvedSpeaker(s.EntityId, s.Kind, 0.7, "appeal-subject"), "reported-appeal", 0.7);
    }

    /// <summary>"China has not commented … other than to say that it hopes …": the sentence's subject says it.</summary>
    private ReportedSpeechSuggestion? Infinitive(int sayEnd)
    {
        int c = _context.SkipSpaces(sayEnd);
        int thatEnd = _context.WordAfter(c, out string that);
        if (that != "that")
        {
            return null;
        }

        c = _context.SkipSpaces(thatEnd);
        int sentence = _context.SentenceStart(sayEnd);
        if (_context.MentionStartingAt(sentence) is not KnownMention subject || !SpeechCues.CanSpeak(subject.Kind) || c >= Text.Length || !char.IsLetterOrDigit(Text[c]))
        {
            return null;
        }

        return Clause(c, ClauseEnd(c), new ResolvedSpeaker(subject.EntityId, subject.Kind, 0.7, "sentence-subject"), "reported-infinitive/sentence-subject", 0.7);
    }

    /// <summary>"According to Xi Jinping Thought on Diplomacy, the ideology that guides …, countries should …".</summary>
    private ReportedSpeechSuggestion? AccordingTo(int accordingEnd)
    {
        int toEnd = _context.WordAfter(accordingEnd, out string to);
        if (to != "to" || _context.MentionStartingAt(_context.SkipSpaces(toEnd)) is not KnownMention source || !SpeechCues.CanSpeak(source.Kind))
        {
            return null;
        }

        int sentenceEnd = _context.SentenceEnd(source.End);
        int comma = source.End < Text.Length && Text[source.End] == ',' ? source.End : -1;
        if (comma < 0)
        {
            return null;
        }

        int start = _context.SkipSpaces(comma + 1);
        int articleEnd = _context.WordAfter(start, out string article);
        if (articleEnd >= 0 && article is "the" or "a" or "an")
        {
            int second = Text.IndexOf(',', start, sentenceEnd - start);
            if (second < 0)
            {
                return null;
            }

            start = _context.SkipSpaces(second + 1);
        }

        return Clause(start, sentenceEnd, new ResolvedSpeaker(source.EntityId, source.Kind, 0.8, "according-to"), "reported-according-to", 0.8);
    }

    private ReportedSpeechSuggestion? Clause(int start, int end, ResolvedSpeaker speaker, string rule, double confidence)
    {
        while (end > start && Text[end - 1] == ' ')
        {
            end--;
        }

        if (end - start < 12 || end - start > MaxClauseLength || Words(start, end) < 3)
        {
            return null;
        }

        return new ReportedSpeechSuggestion(_context.Field, start, end - start, Text.Substring(start, end - start), speaker.Id, System.Math.Min(confidence, speaker.Confidence), rule);
    }

    /// <summary>The end of a reported clause: the sentence's end, or a comma before "which", "and", "in", ….</summary>
    private int ClauseEnd(int start)
    {
        int sentenceEnd = System.Math.Min(_context.SentenceEnd(start), start + MaxClauseLength + 1);
        for (int i = start; i < sentenceEnd; i++)
        {
            if (InsideQuote(i))
            {
                continue;
            }

            if (Text[i] == ',' && _context.WordAfter(i + 1, out string word) >= 0 && SpeechCues.ClauseBreakers.Contains(SpeechCues.Lower(word)))
            {
                return i;
            }
        }

        return sentenceEnd;
    }

    /// <summary>Whether the verb only attributes a quotation just before it: "…,” Mr. Cha said".</summary>
    private bool IsQuoteAttribution(int verbStart)
    {
        int p = SubjectStart(verbStart);
        p = _context.SkipSpacesBack(p);
        while (p > 0 && Text[p - 1] == ',')
        {
            p = _context.SkipSpacesBack(p - 1);
        }

        return p > 0 && (Text[p - 1] == '”' || Text[p - 1] == '"');
    }

    /// <summary>Where the subject of a verb starts: the mention or pronoun before it, past adverbs.</summary>
    private int SubjectStart(int verbStart)
    {
        int at = _context.SkipSpacesBack(verbStart);
        for (int guard = 0; guard < 5; guard++)
        {
            if (_context.MentionEndingAt(at) is KnownMention m)
            {
                return m.Start;
            }

            int start = _context.WordBefore(at, out string word);
            if (start < 0)
            {
                return at;
            }

            if (!SpeechCues.Adverbs.Contains(SpeechCues.Lower(word)))
            {
                return start;
            }

            at = _context.SkipSpacesBack(start);
        }

        return at;
    }

    private bool FollowedByAppositiveOrEnd(int at)
    {
        int p = _context.SkipSpaces(at);
        return p >= Text.Length || Text[p] is ',' or '.' or '\n';
    }

    private bool IsSentenceStart(int at) => _context.SentenceStart(at) == at;

    private bool InsideQuote(int at)
    {
        int lo = 0, hi = _quotes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_quotes[mid].End <= at)
            {
                lo = mid + 1;
            }
            else if (_quotes[mid].Start > at)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a clause would cut a mention or a quotation in two (markup must nest).</summary>
    private bool CutsAnything(int start, int end)
    {
        // Mentions are sorted by start and a name is short: only those starting near the clause can cross it.
        int first = FirstMentionFrom(start - 256);
        for (int k = first; k < _context.Mentions.Count && _context.Mentions[k].Start < end; k++)
        {
            KnownMention m = _context.Mentions[k];
            if (m.Start < end && start < m.End && !(start <= m.Start && m.End <= end))
            {
                return true;
            }
        }

        foreach ((int s, int e) in _quotes)
        {
            if (s >= end)
            {
                break;
            }

            if (start < e && !(start <= s && e <= end))
            {
                return true;
            }
        }

        return false;
    }

    private int FirstMentionFrom(int at)
    {
        int lo = 0, hi = _context.Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_context.Mentions[mid].Start < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int Words(int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(Text[i]) && (i == start || !char.IsLetterOrDigit(Text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}
