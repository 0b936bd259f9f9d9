using System.Collections.Generic;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// An Aho-Corasick automaton over every name and alias of the registry: one pass over a text
/// finds, at each position, the longest surface that ends there, whatever the number of
/// entities. Matching is ordinal (so "US" never matches "us"), and any run of white space in
/// the text matches one space of a name, so a name broken over two lines is still found.
/// </summary>
public sealed class NameAutomaton
{
    private readonly List<Dictionary<char, int>> _next = new() { new Dictionary<char, int>() };
    private readonly List<int> _fail = new() { 0 };
    private readonly List<int> _depth = new() { 0 };

    // The surface that ends at a state (index into _surfaces) or -1, and the nearest state on
    // the failure chain that ends a surface: the outputs, walked longest first.
    private readonly List<int> _surfaceAt = new() { -1 };
    private readonly List<int> _outputLink = new() { -1 };
    private readonly List<string> _surfaces = new();

    public NameAutomaton(IEnumerable<string> surfaces)
    {
        foreach (string surface in surfaces)
        {
            Add(surface);
        }

        Link();
    }

    /// <summary>The surfaces, in the order they were first added.</summary>
    public IReadOnlyList<string> Surfaces => _surfaces;

    /// <summary>
    /// Every occurrence that starts and ends on a word boundary, as the longest surface
    /// ending at each position that does (and is at most <paramref name="maxLength"/> long):
    /// (start, end, surface index), in order of end.
    /// </summary>
    public List<(int Start, int End, int Surface)> FindAll(string text, int from, int to, int maxLength = int.MaxValue)
    {
        var found = new List<(int Start, int End, int Surface)>();
        // For each character fed to the automaton, where it was in the text (white-space runs are fed once).
        var fedAt = new List<int>();
        int state = 0;
        bool lastWasSpace = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                // Paragraphs are separated by a blank line in plain text: no name runs across one.
                state = 0;
                lastWasSpace = false;
                continue;
            }

            bool space = IsSpace(c);
            if (space)
            {
                if (lastWasSpace)
                {
                    continue;
                }

                c = ' ';
            }

            lastWasSpace = space;
            fedAt.Add(i);
            state = Step(state, c);
            if (i + 1 < to && IsWordChar(text[i + 1]) && IsWordChar(text[i]))
            {
                continue; // a name never ends inside a word
            }

            for (int s = _surfaceAt[state] >= 0 ? state : _outputLink[state]; s >= 0; s = _outputLink[s])
            {
                int start = fedAt[fedAt.Count - _depth[s]];
                if (i + 1 - start > maxLength)
                {
                    continue;
                }

                if (start > from && IsWordChar(text[start - 1]) && IsWordChar(text[start]))
                {
                    continue;
                }

                found.Add((start, i + 1, _surfaceAt[s]));
                break;
            }
        }

        return found;
    }

    /// <summary>Letters and digits belong to words; hyphens, apostrophes and punctuation end them.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private void Add(string surface)
    {
        if (surface.Length == 0)
        {
            return;
        }

        int state = 0;
        bool lastWasSpace = false;
        foreach (char raw in surface)
        {
            bool space = IsSpace(raw);
            if (space && lastWasSpace)
            {
                continue;
            }

            lastWasSpace = space;
            char c = space ? ' ' : raw;
            if (!_next[state].TryGetValue(c, out int next))
            {
                next = _next.Count;
                _next.Add(new Dictionary<char, int>());
                _fail.Add(0);
                _depth.Add(_depth[state] + 1);
                _surfaceAt.Add(-1);
                _outputLink.Add(-1);
                _next[state][c] = next;
            }

            state = next;
        }

        if (_surfaceAt[state] < 0)
        {
            _surfaceAt[state] = _surfaces.Count;
            _surfaces.Add(surface);
        }
    }

    /// <summary>Breadth-first: each state's failure link is the longest proper suffix that is also a prefix.</summary>
    private void Link()
    {
        var queue = new Queue<int>();
        foreach (KeyValuePair<char, int> child in _next[0])
        {
            queue.Enqueue(child.Value);
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            int fail = _fail[state];
            _outputLink[state] = _surfaceAt[fail] >= 0 ? fail : _outputLink[fail];
            foreach (KeyValuePair<char, int> child in _next[state])
            {
                int f = fail;
                int target = 0;
                while (true)
                {
                    if (_next[f].TryGetValue(child.Key, out int t))
                    {
                        target = t;
                        break;
                    }

                    if (f == 0)
                    {
                        break;
                    }

                    f = _fail[f];
                }

                _fail[child.Value] = target;
                queue.Enqueue(child.Value);
            }
        }
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (_next[state].TryGetValue(c, out int next))
            {
                return next;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fail[state];
        }
    }
}
