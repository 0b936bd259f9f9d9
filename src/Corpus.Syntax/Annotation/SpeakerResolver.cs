namespace Corpus.Syntax.Annotation;

/// <summary>A speaker found by a rule: the entity, how sure the rule is, and its name.</summary>
internal readonly record struct ResolvedSpeaker(string Id, EntityKind Kind, double Confidence, string Rule);

/// <summary>
/// Who speaks next to a speech verb: the mention right before it ("Mr. Cha said", "Mao
/// reportedly said"), a mention named by an appositive before it ("Feng Yujun, a professor
/// at Peking University, also says"), an institution before its spokesperson ("China’s
/// foreign ministry spokesperson said"), a pronoun's antecedent ("he says", "it said",
/// "who also says"), or the mention right after it ("says professor Peter Dutton").
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>The subject of a verb that starts at <paramref name="verbStart"/>.</summary>
    public static ResolvedSpeaker? Before(FieldContext context, int verbStart)
    {
        int at = context.SkipSpacesBack(verbStart);
        // Adverbs between the subject and the verb.
        for (int guard = 0; guard < 4; guard++)
        {
            if (context.MentionEndingAt(at) is not null)
            {
                break;
            }

            int start = context.WordBefore(at, out string word);
            if (start < 0 || !SpeechCues.Adverbs.Contains(SpeechCues.Lower(word)))
            {
                break;
            }

            at = context.SkipSpacesBack(start);
        }

        if (context.MentionEndingAt(at) is KnownMention subject)
        {
            return SpeechCues.CanSpeak(subject.Kind) ? new ResolvedSpeaker(subject.EntityId, subject.Kind, 0.95, "cue-subject") : null;
        }

        int wordStart = context.WordBefore(at, out string previous);
        if (wordStart >= 0)
        {
            if (SpeechCues.IsPersonPronoun(previous) || SpeechCues.IsInstitutionPronoun(previous))
            {
                return Antecedent(context, wordStart, previous);
            }

            if (SpeechCues.Spokespeople.Contains(SpeechCues.Lower(previous)))
            {
                // "China’s foreign ministry spokesperson said": the institution named right before the title.
                if (context.MentionEndingAt(context.SkipSpacesBack(wordStart)) is KnownMention institution &&
                    institution.Kind is EntityKind.Organization or EntityKind.Country or EntityKind.Group)
                {
                    return new ResolvedSpeaker(institution.EntityId, institution.Kind, 0.9, "spokesperson-of");
                }

                KnownMention? nearest = context.NearestBefore(wordStart, m => m.Kind == EntityKind.Organization, context.ParagraphStart(wordStart));
                return nearest is KnownMention org ? new ResolvedSpeaker(org.EntityId, org.Kind, 0.6, "spokesperson-nearest") : null;
            }

            return null;
        }

        if (at > 0 && context.Text[at - 1] == ',')
        {
            // An appositive: "Feng Yujun, a professor at Peking University, also says".
            int sentence = context.SentenceStart(at);
            KnownMention? named = context.NearestBefore(at - 1, m => SpeechCues.CanSpeak(m.Kind) && StartsAppositive(context, m.End), sentence);
            if (named is KnownMention m)
            {
                return new ResolvedSpeaker(m.EntityId, m.Kind, 0.85, "appositive-subject");
            }
        }

        return null;
    }

    /// <summary>The speaker named after a verb that ends at <paramref name="verbEnd"/>, past a few title words.</summary>
    public static ResolvedSpeaker? After(FieldContext context, int verbEnd)
    {
        int at = context.SkipSpaces(verbEnd);
        // "revealed this week by Defense Secretary Lloyd J. Austin III": up to six words of time and title.
        for (int guard = 0; guard < 7; guard++)
        {
            if (context.MentionStartingAt(at) is KnownMention named)
            {
                return SpeechCues.CanSpeak(named.Kind) ? new ResolvedSpeaker(named.EntityId, named.Kind, 0.95, "cue-object") : null;
            }

            int end = context.WordAfter(at, out string word);
            if (end < 0)
            {
                return null;
            }

            if (SpeechCues.IsPersonPronoun(word) || SpeechCues.IsInstitutionPronoun(word))
            {
                return Antecedent(context, at, word);
            }

            if (!SpeechCues.Titles.Contains(SpeechCues.Lower(word)) && !(char.IsUpper(word[0]) && guard < 3))
            {
                return null;
            }

            at = context.SkipSpaces(end);
            if (at < context.Text.Length && context.Text[at] == '.')
            {
                at = context.SkipSpaces(at + 1); // "Mr. Cha"
            }
        }

        return null;
    }

    /// <summary>
    /// What a pronoun stands for: the latest speaker of its kind in this paragraph or the one
    /// before, else the nearest mention of its kind.
    /// </summary>
    public static ResolvedSpeaker? Antecedent(FieldContext context, int pronounStart, string pronoun)
    {
        if (pronoun == "who")
        {
            KnownMention? person = context.NearestBefore(pronounStart, m => m.Kind == EntityKind.Person, context.SentenceStart(pronounStart));
            return person is KnownMention p ? new ResolvedSpeaker(p.EntityId, p.Kind, 0.85, "relative-pronoun") : null;
        }

        KnownSpeech? recent = context.RecentSpeaker(pronounStart, kind => SpeechCues.Fits(pronoun, kind));
        if (recent is KnownSpeech speech)
        {
            return new ResolvedSpeaker(speech.SpeakerId, speech.Kind, 0.8, "pronoun-recent-speaker");
        }

        KnownMention? nearest = context.NearestBefore(pronounStart, m => SpeechCues.Fits(pronoun, m.Kind), context.ParagraphStart(pronounStart));
        return nearest is KnownMention n ? new ResolvedSpeaker(n.EntityId, n.Kind, 0.7, "pronoun-nearest") : null;
    }

    private static bool StartsAppositive(FieldContext context, int at)
    {
        if (at >= context.Text.Length || context.Text[at] != ',')
        {
            return false;
        }

        int end = context.WordAfter(at + 1, out string word);
        return end >= 0 && (word is "a" or "an" or "the" or "who" || SpeechCues.Titles.Contains(SpeechCues.Lower(word)));
    }
}
