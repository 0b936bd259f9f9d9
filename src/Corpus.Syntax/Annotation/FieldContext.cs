using System.Collections.Generic;

namespace Corpus.Syntax.Annotation;

/// <summary>A mention the rules can read: written by the author or proposed.</summary>
internal readonly record struct KnownMention(int Start, int End, string EntityId, EntityKind Kind);

/// <summary>A speaker the text has already given: a quotation's or a reported clause's.</summary>
internal readonly record struct KnownSpeech(int Start, int End, string SpeakerId, EntityKind Kind, bool Reported);

/// <summary>
/// One plain text (the body or a field) with the mentions and speech known in it, and the
/// word-level reading the rules need: the word before or after a position, the sentence
/// around it, the mention that starts or ends somewhere.
/// </summary>
internal sealed class FieldContext
{
    private const int LookBack = 60; // mentions looked at backwards for a pronoun: bounded, so the whole is linear

    private readonly Dictionary<int, int> _mentionByStart = new();
    private readonly Dictionary<int, int> _mentionByEnd = new();
    private readonly List<int> _paragraphStarts = new();
    private readonly List<int> _sentenceEnds = new();

    public FieldContext(string field, string text, List<KnownMention> mentions)
    {
        Field = field;
        Text = text;
        _paragraphStarts.Add(0);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                _paragraphStarts.Add(i + 2);
                i++;
            }
            else if (IsSentenceEnd(i))
            {
                _sentenceEnds.Add(i);
            }
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        Mentions = mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!_mentionByStart.ContainsKey(mentions[i].Start))
            {
                _mentionByStart[mentions[i].Start] = i;
            }

            _mentionByEnd[mentions[i].End] = i;
        }
    }

    public string Field { get; }

    public string Text { get; }

    public List<KnownMention> Mentions { get; }

    /// <summary>Speech known so far, in the order it was learnt (text order within each rule).</summary>
    public List<KnownSpeech> Speech { get; } = new();

    public KnownMention? MentionStartingAt(int at) => _mentionByStart.TryGetValue(at, out int i) ? Mentions[i] : null;

    public KnownMention? MentionEndingAt(int at) => _mentionByEnd.TryGetValue(at, out int i) ? Mentions[i] : null;

    /// <summary>The nearest mention that ends at or before <paramref name="at"/> and fits, looking back a bounded number of mentions.</summary>
    public KnownMention? NearestBefore(int at, System.Func<KnownMention, bool> fits, int notBefore = 0)
    {
        int hi = LastStartingBefore(at);
        for (int i = hi, seen = 0; i >= 0 && seen < LookBack; i--, seen++)
        {
            KnownMention m = Mentions[i];
            if (m.Start < notBefore)
            {
                break;
            }

            if (m.End <= at && fits(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The latest speaker given before <paramref name="at"/> in this paragraph or the one before it, that fits.</summary>
    public KnownSpeech? RecentSpeaker(int at, System.Func<EntityKind, bool> fits)
    {
        int from = ParagraphStart(at);
        from = from > 2 ? ParagraphStart(from - 3) : 0;
        KnownSpeech? best = null;
        for (int i = Speech.Count - 1, seen = 0; i >= 0 && seen < LookBack; i--, seen++)
        {
            KnownSpeech speech = Speech[i];
            if (speech.End <= at && speech.Start >= from && fits(speech.Kind) && (best is null || speech.Start > best.Value.Start))
            {
                best = speech;
            }
        }

        return best;
    }

    public int ParagraphStart(int at)
    {
        int i = LastAtOrBefore(_paragraphStarts, at);
        return i < 0 ? 0 : _paragraphStarts[i];
    }

    public int ParagraphEnd(int at)
    {
        int i = LastAtOrBefore(_paragraphStarts, at);
        return i + 1 < _paragraphStarts.Count ? _paragraphStarts[i + 1] - 2 : Text.Length;
    }

    /// <summary>Where the sentence holding <paramref name="at"/> starts: after ". " (not "Mr. ", "D.", "J. ") or the paragraph start.</summary>
    public int SentenceStart(int at)
    {
        int floor = ParagraphStart(at);
        int i = LastAtOrBefore(_sentenceEnds, at - 1);
        if (i < 0 || _sentenceEnds[i] < floor)
        {
            return floor;
        }

        return SkipSpaces(_sentenceEnds[i] + 1);
    }

    /// <summary>Where the sentence holding <paramref name="at"/> ends: its final '.', '?' or '!' (or the paragraph end).</summary>
    public int SentenceEnd(int at)
    {
        int ceiling = ParagraphEnd(at);
        int i = LastAtOrBefore(_sentenceEnds, at - 1) + 1;
        return i < _sentenceEnds.Count && _sentenceEnds[i] < ceiling ? _sentenceEnds[i] : ceiling;
    }

    private static int LastAtOrBefore(List<int> sorted, int at)
    {
        int lo = 0, hi = sorted.Count - 1, result = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid] <= at)
            {
                result = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return result;
    }

    /// <summary>A '.', '?' or '!' followed by a space and a capital or an opening mark, not closing an abbreviation.</summary>
    public bool IsSentenceEnd(int i)
    {
        char c = Text[i];
        if (c != '.' && c != '?' && c != '!')
        {
            return false;
        }

        int next = i + 1;
        if (next >= Text.Length || Text[next] == '\n')
        {
            return true; // the paragraph's last sentence
        }

        if (Text[next] == '”' || Text[next] == '"')
        {
            return false; // the end of a quoted sentence, not of the sentence around it
        }

        if (next < Text.Length && Text[next] != ' ')
        {
            return false;
        }

        int after = next + 1;
        if (after < Text.Length && !(char.IsUpper(Text[after]) || Text[after] == '“' || Text[after] == '"' || char.IsDigit(Text[after])))
        {
            return false;
        }

        if (c == '.')
        {
            int w = i;
            while (w > 0 && char.IsLetter(Text[w - 1]))
            {
                w--;
            }

            string word = Text.Substring(w, i - w);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false; // "Lloyd J. Austin", "D.P.R.K."
            }

            if (word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Rep" or "Prof" or "Gov" or "Lt" or "Col")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word that ends at or before <paramref name="at"/> (spaces skipped): its start, or -1 when punctuation comes first.</summary>
    public int WordBefore(int at, out string word)
    {
        int i = at;
        while (i > 0 && Text[i - 1] == ' ')
        {
            i--;
        }

        int end = i;
        while (i > 0 && IsWordPart(Text[i - 1]))
        {
            i--;
        }

        word = Text.Substring(i, end - i);
        return word.Length == 0 ? -1 : i;
    }

    /// <summary>The word that starts at or after <paramref name="at"/> (spaces skipped): its end, or -1 when punctuation comes first.</summary>
    public int WordAfter(int at, out string word)
    {
        int i = at;
        while (i < Text.Length && Text[i] == ' ')
        {
            i++;
        }

        int start = i;
        while (i < Text.Length && IsWordPart(Text[i]))
        {
            i++;
        }

        word = Text.Substring(start, i - start);
        return word.Length == 0 ? -1 : i;
    }

    public int SkipSpaces(int at)
    {
        while (at < Text.Length && Text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    public int SkipSpacesBack(int at)
    {
        while (at > 0 && Text[at - 1] == ' ')
        {
            at--;
        }

        return at;
    }

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c);

    private int LastStartingBefore(int at)
    {
        int lo = 0, hi = Mentions.Count - 1, result = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Mentions[mid].Start < at)
            {
                result = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return result;
    }
}
