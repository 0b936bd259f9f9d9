using System.Collections.Generic;

namespace Corpus.Syntax.Text;

/// <summary>A text after normalisation, and where each boundary offset of the old text went.</summary>
public sealed class OffsetMap
{
    private readonly Dictionary<int, int>? _moves;

    public OffsetMap(string text, Dictionary<int, int>? moves)
    {
        Text = text;
        _moves = moves;
    }

    public string Text { get; }

    /// <summary>The new offset of a boundary given to the normaliser (identity when nothing moved).</summary>
    public int Map(int offset) => _moves is null ? offset : _moves[offset];
}
