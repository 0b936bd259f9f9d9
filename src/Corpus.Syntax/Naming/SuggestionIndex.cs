using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Naming;

/// <summary>
/// "Did you mean" over a fixed set of candidates (a corpus's entity ids): the answer of
/// <see cref="Suggestions.Nearest"/> without measuring every candidate. Each distinct word is
/// searched once (a misspelled id written 50,000 times costs one search), and a search measures
/// only the candidates that a filter lets through:
/// <para>
/// Within k edits of the word, a candidate keeps intact at least one of any k + 1 disjoint pieces
/// of the word (each edit breaks at most one piece), shifted by at most k. So k + 1 disjoint grams
/// (1 to 3 characters) of the word are chosen, those that the fewest candidates hold, and looked
/// up in an index of every candidate's grams and their positions; only candidates holding one of
/// them within k of its place are measured, with a distance cut off at k. k grows from 0 to the
/// budget and the search stops at the first k that finds a candidate, which is then the nearest.
/// A word shorter than k + 1 is compared with the candidates of a near length only.
/// Thread-safe: the generator binds articles in parallel against one entity table.
/// </para>
/// </summary>
public sealed class SuggestionIndex
{
    private const int MaxGram = 3;

    private readonly string[] _candidates;
    private readonly Dictionary<long, List<long>> _grams = new();
    private readonly Dictionary<int, List<int>> _byLength = new();
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);

    public SuggestionIndex(IEnumerable<string> candidates)
    {
        var sorted = new List<string>(candidates);
        sorted.Sort(string.CompareOrdinal);
        var distinct = new List<string>(sorted.Count);
        foreach (string candidate in sorted)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[distinct.Count - 1], candidate, StringComparison.Ordinal))
            {
                distinct.Add(candidate);
            }
        }

        _candidates = distinct.ToArray();
        for (int c = 0; c < _candidates.Length; c++)
        {
            string candidate = _candidates[c];
            if (candidate.Length > Suggestions.MaxWordLength + Suggestions.MaxEdits)
            {
                continue; // farther from any word that gets a suggestion than its budget
            }

            Add(_byLength, candidate.Length, c);
            for (int q = 1; q <= MaxGram; q++)
            {
                for (int at = 0; at + q <= candidate.Length; at++)
                {
                    Add(_grams, Gram(candidate, at, q), ((long)c << 32) | (uint)at);
                }
            }
        }
    }

    /// <summary>The nearest candidate within the edit budget, or null; as <see cref="Suggestions.Nearest"/>.</summary>
    public string? Nearest(string word)
    {
        lock (_answers)
        {
            if (_answers.TryGetValue(word, out string? known))
            {
                return known;
            }
        }

        string? answer = Search(word);
        lock (_answers)
        {
            _answers[word] = answer;
        }

        return answer;
    }

    private string? Search(string word)
    {
        if (word.Length > Suggestions.MaxWordLength)
        {
            return null;
        }

        // Nearest first: a word one edit from a candidate is settled by the cheap one-edit
        // filter, and only a word with nothing near pays for the full budget.
        int budget = Suggestions.Budget(word);
        for (int edits = 0; edits <= budget; edits++)
        {
            int best = Search(word, edits);
            if (best >= 0)
            {
                return _candidates[best];
            }
        }

        return null;
    }

    /// <summary>The ordinally first of the nearest candidates within <paramref name="edits"/>, or -1.</summary>
    private int Search(string word, int edits)
    {
        int length = word.Length;
        var measured = new HashSet<int>();
        int best = -1;
        int bestDistance = int.MaxValue;
        void Measure(int c)
        {
            string candidate = _candidates[c];
            if (Math.Abs(candidate.Length - length) > edits || !measured.Add(c))
            {
                return;
            }

            int distance = Suggestions.Distance(word, candidate, edits);
            // Candidates are numbered in ordinal order: the smaller number wins a tie.
            if (distance <= edits && (distance < bestDistance || (distance == bestDistance && c < best)))
            {
                best = c;
                bestDistance = distance;
            }
        }

        int pieces = edits + 1;
        if (length < pieces)
        {
            for (int l = Math.Max(0, length - edits); l <= length + edits; l++)
            {
                if (_byLength.TryGetValue(l, out List<int>? near))
                {
                    foreach (int c in near)
                    {
                        Measure(c);
                    }
                }
            }

            return best;
        }

        foreach ((int at, int q) in CheapestGrams(word, pieces))
        {
            if (_grams.TryGetValue(Gram(word, at, q), out List<long>? postings))
            {
                foreach (long posting in postings)
                {
                    if (Math.Abs((int)(posting & 0xFFFFFFFF) - at) <= edits)
                    {
                        Measure((int)(posting >> 32));
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// <paramref name="count"/> disjoint grams of the word (1 to 3 characters) whose candidates
    /// are the fewest in all: a gram no candidate holds costs nothing. Dynamic programming over
    /// the word's positions, O(length × count).
    /// </summary>
    private List<(int At, int Q)> CheapestGrams(string word, int count)
    {
        int length = word.Length;
        const long Impossible = long.MaxValue / 4;
        // cost[i, j]: the least cost of j grams within the first i characters.
        var cost = new long[length + 1, count + 1];
        var choice = new int[length + 1, count + 1]; // 0: character i-1 unused; q: a gram of q ends at i
        for (int j = 1; j <= count; j++)
        {
            cost[0, j] = Impossible;
        }

        for (int i = 1; i <= length; i++)
        {
            for (int j = 0; j <= count; j++)
            {
                cost[i, j] = cost[i - 1, j];
                choice[i, j] = 0;
                if (j == 0)
                {
                    continue;
                }

                for (int q = 1; q <= MaxGram && q <= i; q++)
                {
                    long before = cost[i - q, j - 1];
                    if (before >= Impossible)
                    {
                        continue;
                    }

                    long total = before + (_grams.TryGetValue(Gram(word, i - q, q), out List<long>? postings) ? postings.Count : 0);
                    if (total < cost[i, j])
                    {
                        cost[i, j] = total;
                        choice[i, j] = q;
                    }
                }
            }
        }

        var grams = new List<(int, int)>(count);
        for (int i = length, j = count; j > 0 && i > 0;)
        {
            int q = choice[i, j];
            if (q == 0)
            {
                i--;
                continue;
            }

            grams.Add((i - q, q));
            i -= q;
            j--;
        }

        return grams;
    }

    private static long Gram(string text, int at, int q)
    {
        long key = q;
        for (int k = 0; k < q; k++)
        {
            key = (key << 16) | text[at + k];
        }

        return key;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<TValue>? list))
        {
            list = new List<TValue>();
            index.Add(key, list);
        }

        list.Add(value);
    }
}
