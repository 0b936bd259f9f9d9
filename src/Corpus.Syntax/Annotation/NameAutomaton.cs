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

    // The root's transitions for every UTF-16 unit: most characters of a text leave from the
    // root, and an array read is several times cheaper than a dictionary probe.
    private readonly int[] _root = new int[char.MaxValue + 1];

    // The automaton as a table, when it is small enough (see Tabulate): the characters of the
    // surfaces numbered 1..n (0 for every other), and for each state and class the next state,
    // failures already followed. One array read per character of the text.
    private const int MaxTableEntries = 1 << 23;
    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private int[]? _table;
    private int _width;
    private bool[] _hasOutput = System.Array.Empty<bool>();

    public NameAutomaton(IEnumerable<string> surfaces)
    {
        foreach (string surface in surfaces)
        {
            Add(surface);
        }

        Link();
        foreach (KeyValuePair<char, int> child in _next[0])
        {
            _root[child.Key] = child.Value;
        }

        _hasOutput = new bool[_next.Count];
        for (int s = 0; s < _next.Count; s++)
        {
            _hasOutput[s] = _surfaceAt[s] >= 0 || _outputLink[s] >= 0;
        }

        Tabulate();
    }

    /// <summary>
    /// The transition table over the surfaces' alphabet, built breadth-first so that a state's
    /// failure row is complete before its own. Skipped past <see cref="MaxTableEntries"/>
    /// (a registry of tens of thousands of names): the dictionaries then serve, more slowly.
    /// </summary>
    private void Tabulate()
    {
        int classes = 0;
        for (int s = 0; s < _next.Count; s++)
        {
            foreach (char c in _next[s].Keys)
            {
                if (_classOf[c] == 0)
                {
                    _classOf[c] = (ushort)++classes;
                }
            }
        }

        _width = classes + 1;
        if ((long)_width * _next.Count > MaxTableEntries || classes >= ushort.MaxValue)
        {
            return;
        }

        var table = new int[_width * _next.Count];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            int row = state * _width;
            int failRow = _fail[state] * _width;
            for (int a = 1; a < _width; a++)
            {
                table[row + a] = state == 0 ? 0 : table[failRow + a];
            }

            foreach (KeyValuePair<char, int> child in _next[state])
            {
                table[row + _classOf[child.Key]] = child.Value;
                queue.Enqueue(child.Value);
            }
        }

        // Each entry is the target's row (state × width), so the next read needs no multiply:
        // the walk is a chain of dependent reads, and the multiply was a third of each link. A
        // target that ends a surface is stored complemented (negative): the one read says both
        // where to go and whether to look at the outputs.
        for (int k = 0; k < table.Length; k++)
        {
            int target = table[k];
            table[k] = _hasOutput[target] ? ~(target * _width) : target * _width;
        }

        _table = table;
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
        // With the table, the walk holds a row (state × width); without it, a state.
        int cursor = 0;
        bool lastWasSpace = false;

        // The hot loop reads the automaton through locals, which the JIT keeps in registers
        // (fields of this would be loaded again for every character), and learns from one
        // table read both the next row and whether a surface ends there.
        int[]? table = _table;
        ushort[] classOf = _classOf;
        int width = _width;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                // Paragraphs are separated by a blank line in plain text: no name runs across one.
                cursor = 0;
                lastWasSpace = false;
                continue;
            }

            bool space = c == ' ' || ((c < '!' || c > '~') && IsSpace(c));
            if (space)
            {
                if (lastWasSpace)
                {
                    continue;
                }

                c = ' ';
            }

            lastWasSpace = space;
            int next = table is not null ? table[cursor + classOf[c]] : Step(cursor, c);
            if (next >= 0)
            {
                cursor = next;
                continue;
            }

            cursor = ~next;
            int state = table is not null ? cursor / width : cursor;
            if (i + 1 < to && IsWordChar(text[i + 1]) && IsWordChar(text[i]))
            {
                continue; // a name never ends inside a word
            }

            for (int s = _surfaceAt[state] >= 0 ? state : _outputLink[state]; s >= 0; s = _outputLink[s])
            {
                int start = StartOf(text, from, i, _depth[s]);
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

    /// <summary>
    /// Where a match of <paramref name="depth"/> fed characters that ends at <paramref name="last"/>
    /// starts: walked back over the text as it was fed (a run of white space was fed once, as its
    /// first character). Only matches are walked back, so the loop over the text keeps no history.
    /// </summary>
    private static int StartOf(string text, int from, int last, int depth)
    {
        int position = last;
        for (int fed = 1; fed < depth; fed++)
        {
            position--;
            if (IsSpace(text[position]))
            {
                while (position > from && text[position - 1] != '\n' && IsSpace(text[position - 1]))
                {
                    position--;
                }
            }
        }

        return position;
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

    /// <summary>The next state without the table, complemented when a surface ends there (as the table stores it).</summary>
    private int Step(int state, char c)
    {
        int next = Next(state, c);
        return _hasOutput[next] ? ~next : next;
    }

    private int Next(int state, char c)
    {
        while (true)
        {
            if (state == 0)
            {
                return _root[c];
            }

            if (_next[state].TryGetValue(c, out int next))
            {
                return next;
            }

            state = _fail[state];
        }
    }
}
