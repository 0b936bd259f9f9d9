using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Naming;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="word"/>, if it is near enough to be a
    /// plausible typo (at most a third of the word's length, at least 2 and at most 3 edits; none for
    /// a word over <see cref="MaxWordLength"/> characters). Ties go to the ordinally smallest
    /// candidate so the message is deterministic. For many words against one large set of
    /// candidates, use a <see cref="SuggestionIndex"/>.
    /// </summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > MaxWordLength)
        {
            return null;
        }

        int budget = Budget(word);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > budget)
            {
                continue;
            }

            int distance = Distance(word, candidate, budget);
            if (distance <= budget &&
                (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// No suggestion is made for a longer word: nothing that long is a typo of a name, and the
    /// edit distance costs the product of the two lengths.
    /// </summary>
    public const int MaxWordLength = 64;

    /// <summary>
    /// The most edits a suggestion may be away from <paramref name="word"/>: a third of its length,
    /// at least 2 and at most 3. Past 3 edits a "suggestion" is rarely the word meant, and the bound
    /// keeps the search of a large set of ids (<see cref="SuggestionIndex"/>) near-linear.
    /// </summary>
    public static int Budget(string word) => Math.Min(MaxEdits, Math.Max(2, word.Length / 3));

    /// <summary>The largest edit budget (<see cref="Budget"/>).</summary>
    public const int MaxEdits = 3;

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates, string prefix = "")
    {
        string? nearest = Nearest(word, candidates);
        return nearest is null ? string.Empty : " (did you mean '" + prefix + nearest + "'?)";
    }

    /// <summary>Levenshtein distance, cut off early once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return rowMinimum;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
