using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Syntax.Sentences;

namespace Corpus.Cli.Text;

/// <summary>A token: a UTF-16 range of the text it was cut from.</summary>
internal readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// A simple, documented tokenizer (docs/cli.md): split at white space, then split off
/// leading and trailing punctuation one mark at a time (a run of the same mark, such as
/// "...", stays one token), and a final possessive 's or ’s. A trailing period stays on
/// abbreviations (Corpus.Syntax's <see cref="Abbreviations"/>: Mr., Dr., U.S., D.P.R.K., single initials). Punctuation inside a word
/// (Jong-un, 10,000, 75-year-old) stays in it. Tokens are also split at every given
/// boundary, so that annotations always cover whole tokens.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokens of <c>text[start..end)</c>, split at every offset in <paramref name="boundaries"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end, IReadOnlyCollection<int>? boundaries = null)
    {
        // The caller's set is used as it is: copying every boundary of an article for each paragraph would be quadratic.
        ISet<int>? cuts = boundaries is null ? null : boundaries as ISet<int> ?? new HashSet<int>(boundaries);
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int chunkStart = i;
            i++;
            while (i < end && !char.IsWhiteSpace(text[i]) && (cuts is null || !cuts.Contains(i)))
            {
                i++;
            }

            SplitChunk(text, chunkStart, i, tokens);
        }

        return tokens;
    }

    private static void SplitChunk(string text, int start, int end, List<Token> tokens)
    {
        // A possessive cut off its word by an annotation boundary ("[Russia]{@russia}’s") is
        // still one token, as UD tokenises it: "Russia" + "’s".
        if (IsDetachedPossessive(text, start, end))
        {
            tokens.Add(new Token(start, start + 2));
            start += 2;
        }

        // Leading punctuation, one mark (or run of one mark) at a time.
        while (start < end && IsPunctuation(text[start]))
        {
            int run = RunEnd(text, start, end);
            if (run == end)
            {
                break;
            }

            tokens.Add(new Token(start, run));
            start = run;
        }

        var trailing = new List<Token>();
        while (end > start && IsPunctuation(text[end - 1]))
        {
            if (text[end - 1] == '.' && Abbreviations.OwnsPeriod(text, start, end - 1, NextIsNumber(text, end)))
            {
                break;
            }

            int run = RunStart(text, start, end);
            if (run == start)
            {
                break;
            }

            trailing.Add(new Token(run, end));
            end = run;
        }

        int possessive = PossessiveStart(text, start, end);
        if (possessive > start)
        {
            trailing.Add(new Token(possessive, end));
            end = possessive;
        }

        if (end > start)
        {
            tokens.Add(new Token(start, end));
        }

        for (int t = trailing.Count - 1; t >= 0; t--)
        {
            tokens.Add(trailing[t]);
        }
    }

    private static int RunEnd(string text, int start, int end)
    {
        int i = start + 1;
        while (i < end && text[i] == text[start])
        {
            i++;
        }

        return i;
    }

    private static int RunStart(string text, int start, int end)
    {
        int i = end - 1;
        while (i > start && text[i - 1] == text[end - 1])
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether the chunk starts with 's or ’s directly after a letter or digit, followed by nothing or by punctuation.</summary>
    private static bool IsDetachedPossessive(string text, int start, int end) =>
        end - start >= 2 && start > 0 && (text[start] == '’' || text[start] == '\'') && (text[start + 1] == 's' || text[start + 1] == 'S') &&
        char.IsLetterOrDigit(text[start - 1]) && (end - start == 2 || IsPunctuation(text[start + 2]));

    /// <summary>Where a final 's or ’s starts, or -1.</summary>
    private static int PossessiveStart(string text, int start, int end)
    {
        if (end - start >= 3 && (text[end - 1] == 's' || text[end - 1] == 'S') && (text[end - 2] == '’' || text[end - 2] == '\'') && char.IsLetterOrDigit(text[end - 3]))
        {
            return end - 2;
        }

        return -1;
    }

    private static bool NextIsNumber(string text, int end)
    {
        int i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]);
    }

    private static bool IsPunctuation(char c)
    {
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
        {
            return false;
        }

        UnicodeCategory category = char.GetUnicodeCategory(c);
        return category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
    }
}
