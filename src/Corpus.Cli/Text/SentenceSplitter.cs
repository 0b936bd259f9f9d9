using System.Collections.Generic;

namespace Corpus.Cli.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences with a simple, documented heuristic: a
/// sentence ends at a token made of '.', '!', '?' or '…' (abbreviations keep their period,
/// so "Mr." never ends one), together with the closing quotation marks and brackets that
/// directly follow it, when the next token starts with an uppercase letter, a digit, or an
/// opening quotation mark or bracket. Never inside a protected range (a mention), so every
/// entity lies within one sentence. A paragraph is never joined to the next.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The sentences as [first, last) token index ranges.</summary>
    public static List<(int First, int End)> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<(int Start, int End)> protectedRanges)
    {
        var sentences = new List<(int, int)>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsTerminal(text, tokens[i]))
            {
                continue;
            }

            int last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]))
            {
                last++;
            }

            if (last + 1 >= tokens.Count)
            {
                break;
            }

            Token next = tokens[last + 1];
            if (!StartsSentence(text[next.Start]) || IsProtected(tokens[last].End, next.Start, protectedRanges))
            {
                continue;
            }

            sentences.Add((first, last + 1));
            first = last + 1;
            i = last;
        }

        if (first < tokens.Count)
        {
            sentences.Add((first, tokens.Count));
        }

        return sentences;
    }

    private static bool IsTerminal(string text, Token token)
    {
        for (int i = token.Start; i < token.End; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCloser(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']' or '»';

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '(' or '[' or '«';

    /// <summary>Whether the cut between <paramref name="end"/> and <paramref name="nextStart"/> falls inside a protected range.</summary>
    private static bool IsProtected(int end, int nextStart, IReadOnlyList<(int Start, int End)> ranges)
    {
        foreach ((int start, int stop) in ranges)
        {
            if (start < nextStart && stop > end)
            {
                return true;
            }
        }

        return false;
    }
}
