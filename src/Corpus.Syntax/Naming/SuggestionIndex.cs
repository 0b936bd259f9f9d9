using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Naming;

/// <summary>
/// "Did you mean" over a fixed set of candidates (a corpus's entity ids), answering what
/// <see cref="Suggestions.Nearest"/> answers without measuring every candidate. The candidates
/// form a trie walked in ordinal order with one Levenshtein row per depth: a branch is left as
/// soon as every cell of its row exceeds the edit budget, or its words are all too short or too
/// long, so a search visits the few prefixes near the word instead of the whole set; a shared
/// prefix is measured once for all its words. Each distinct word is searched once: a misspelled
/// id written 50,000 times costs one search. Thread-safe: the generator binds articles in
/// parallel against one entity table.
/// </summary>
public sealed class SuggestionIndex
{
    private const int Root = 0;

    private readonly List<char> _char = new();
    private readonly List<int> _firstChild = new();
    private readonly List<int> _lastChild = new();
    private readonly List<int> _nextSibling = new();
    private readonly List<string?> _word = new();
    private readonly List<int> _parent = new();
    private readonly int[] _shortest;
    private readonly int[] _longest;
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);

    public SuggestionIndex(IEnumerable<string> candidates)
    {
        var sorted = new List<string>(candidates);
        sorted.Sort(string.CompareOrdinal);
        AddNode('\0', -1);
        string? previous = null;
        foreach (string candidate in sorted)
        {
            if (candidate.Length > 0 && !string.Equals(candidate, previous, StringComparison.Ordinal))
            {
                Insert(candidate);
            }

            previous = candidate;
        }

        // The length range of the words under each node; children are created after their parent.
        int count = _char.Count;
        _shortest = new int[count];
        _longest = new int[count];
        for (int node = 0; node < count; node++)
        {
            _shortest[node] = _word[node] is { } w ? w.Length : int.MaxValue;
            _longest[node] = _word[node] is { } v ? v.Length : -1;
        }

        for (int node = count - 1; node > Root; node--)
        {
            int parent = _parent[node];
            _shortest[parent] = Math.Min(_shortest[parent], _shortest[node]);
            _longest[parent] = Math.Max(_longest[parent], _longest[node]);
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
        int length = word.Length;
        if (length > Suggestions.MaxWordLength)
        {
            return null;
        }

        int bound = Suggestions.Budget(word);
        // rows[d] is the edit distance of every prefix of the word to the trie prefix at depth d.
        var rows = new List<int[]> { new int[length + 1] };
        for (int j = 0; j <= length; j++)
        {
            rows[0][j] = j;
        }

        var cursor = new List<int> { _firstChild[Root] };
        string? best = null;
        int depth = 0;
        while (depth >= 0)
        {
            int node = cursor[depth];
            if (node < 0)
            {
                depth--;
                continue;
            }

            cursor[depth] = _nextSibling[node];
            if (_longest[node] < length - bound || _shortest[node] > length + bound)
            {
                continue;
            }

            if (rows.Count == depth + 1)
            {
                rows.Add(new int[length + 1]);
                cursor.Add(-1);
            }

            int[] previous = rows[depth];
            int[] current = rows[depth + 1];
            char c = _char[node];
            current[0] = depth + 1;
            int minimum = current[0];
            for (int j = 1; j <= length; j++)
            {
                int cost = word[j - 1] == c ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                minimum = Math.Min(minimum, current[j]);
            }

            // Words come in ordinal order, so a later one must be strictly nearer to replace the best.
            if (_word[node] is { } candidate && current[length] <= bound)
            {
                best = candidate;
                bound = current[length] - 1;
                if (bound < 0)
                {
                    return best;
                }
            }

            if (minimum <= bound)
            {
                depth++;
                cursor[depth] = _firstChild[node];
            }
        }

        return best;
    }

    private void Insert(string candidate)
    {
        int node = Root;
        foreach (char c in candidate)
        {
            // Candidates arrive sorted, so a node's new child always goes last.
            int last = _lastChild[node];
            if (last >= 0 && _char[last] == c)
            {
                node = last;
                continue;
            }

            int child = AddNode(c, node);
            if (last < 0)
            {
                _firstChild[node] = child;
            }
            else
            {
                _nextSibling[last] = child;
            }

            _lastChild[node] = child;
            node = child;
        }

        _word[node] = candidate;
    }

    private int AddNode(char c, int parent)
    {
        _char.Add(c);
        _firstChild.Add(-1);
        _lastChild.Add(-1);
        _nextSibling.Add(-1);
        _word.Add(null);
        _parent.Add(parent);
        return _char.Count - 1;
    }
}
