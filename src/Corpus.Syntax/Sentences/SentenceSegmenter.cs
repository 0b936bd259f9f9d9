using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Sentences;

/// <summary>
/// Splits plain text into sentences with a documented rule (docs/format.md, "Sentences"),
/// shared by the build (<c>Article.Sentences</c>) and the CLI's exports. A sentence ends
/// after a word whose last characters, before any closing quotation marks and brackets,
/// are <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c> or <c>...</c>, when the next word begins, after
/// any opening marks, with an uppercase letter or a digit, or is itself an opening mark.
/// A period that belongs to an abbreviation (<see cref="Abbreviations"/>: <c>Mr.</c>,
/// <c>Lloyd J. Austin</c>, <c>D.P.R.K.</c>) ends nothing. Sentences never cross a paragraph
/// end nor a protected range (a mention), and are trimmed of white space. Linear in the text.
/// </summary>
public static class SentenceSegmenter
{
    /// <summary>The sentences of each paragraph of <paramref name="text"/>, in order.</summary>
    public static List<SentenceSpan> Split(string text, IReadOnlyList<ParagraphSpan> paragraphs, IReadOnlyList<(int Start, int End)>? protectedRanges = null)
    {
        var sentences = new List<SentenceSpan>();
        List<(int Start, int End)> ranges = Sorted(protectedRanges);
        int firstRange = 0;
        foreach (ParagraphSpan paragraph in paragraphs)
        {
            AddSentences(text, paragraph.Start, paragraph.Start + paragraph.Length, ranges, ref firstRange, sentences);
        }

        return sentences;
    }

    /// <summary>The sentences of <c>text[start..end)</c>, taken as one paragraph.</summary>
    public static List<SentenceSpan> Split(string text, int start, int end, IReadOnlyList<(int Start, int End)>? protectedRanges = null)
    {
        if (start < 0 || end > text.Length || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        var sentences = new List<SentenceSpan>();
        int firstRange = 0;
        AddSentences(text, start, end, Sorted(protectedRanges), ref firstRange, sentences);
        return sentences;
    }

    // firstRange: where the search for the first range ending after start begins, moved forward to
    // it; paragraphs come in order, so the scan over the ranges is one pass in all.
    private static void AddSentences(string text, int start, int end, List<(int Start, int End)> ranges, ref int firstRange, List<SentenceSpan> sentences)
    {
        int sentenceStart = -1;
        int i = start;
        firstRange = FirstRangeEndingAfter(ranges, start, firstRange);
        int nextRange = firstRange;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int wordEnd = i;
            if (sentenceStart < 0)
            {
                sentenceStart = wordStart;
            }

            int next = i;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end)
            {
                break;
            }

            while (nextRange < ranges.Count && ranges[nextRange].End <= wordEnd)
            {
                nextRange++;
            }

            bool insideRange = nextRange < ranges.Count && ranges[nextRange].Start < next;
            if (!insideRange && EndsSentence(text, wordStart, wordEnd, next, end))
            {
                sentences.Add(new SentenceSpan(sentenceStart, wordEnd - sentenceStart));
                sentenceStart = -1;
            }
        }

        if (sentenceStart >= 0)
        {
            int last = end;
            while (last > sentenceStart && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            sentences.Add(new SentenceSpan(sentenceStart, last - sentenceStart));
        }
    }

    /// <summary>Whether the word <c>text[start..end)</c> ends a sentence, given the word that starts at <paramref name="next"/>.</summary>
    private static bool EndsSentence(string text, int start, int end, int next, int limit)
    {
        int core = end;
        while (core > start && IsCloser(text[core - 1]))
        {
            core--;
        }

        if (core == start || !IsTerminal(text[core - 1]))
        {
            return false;
        }

        if (!StartsSentence(text, next, limit))
        {
            return false;
        }

        // A single period may belong to the word: "Mr.", "J.", "U.S.", "No. 5".
        bool ellipsis = core - start >= 3 && text[core - 1] == '.' && text[core - 2] == '.' && text[core - 3] == '.';
        if (text[core - 1] == '.' && !ellipsis)
        {
            int wordStart = start;
            while (wordStart < core - 1 && IsOpener(text[wordStart]))
            {
                wordStart++;
            }

            if (core == end && Abbreviations.OwnsPeriod(text, wordStart, core - 1, nextIsNumber: char.IsDigit(text[next])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(string text, int next, int limit)
    {
        int i = next;
        while (i < limit && IsOpener(text[i]))
        {
            i++;
        }

        if (i > next)
        {
            return true; // “We…, (Reuters…: an opening mark starts a sentence
        }

        return i < limit && (char.IsUpper(text, i) || char.IsDigit(text, i)); // char.IsUpper(string, int) reads a surrogate pair whole: 𝐀 is uppercase
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '“' or '"' or '‘' or '(' or '[' or '«';

    private static List<(int Start, int End)> Sorted(IReadOnlyList<(int Start, int End)>? ranges)
    {
        var sorted = ranges is null ? new List<(int, int)>() : new List<(int, int)>(ranges);
        sorted.Sort((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2));
        return sorted;
    }

    private static int FirstRangeEndingAfter(List<(int Start, int End)> ranges, int offset, int from)
    {
        int i = from;
        while (i < ranges.Count && ranges[i].End <= offset)
        {
            i++;
        }

        return i;
    }
}
