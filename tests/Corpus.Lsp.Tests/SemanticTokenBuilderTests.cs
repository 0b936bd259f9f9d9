using System.Collections.Generic;
using Corpus.Cli.Lsp;

namespace Corpus.Lsp.Tests;

public sealed class SemanticTokenBuilderTests
{
    [Fact]
    public void Nested_mentions_are_cut_around_the_inner_one()
    {
        // [war in [Europe]{@europe}]{@war}: the outer span holds the inner one.
        var spans = new List<(int, int, int)> { (0, 34, 5), (8, 25, 3) };

        List<(int Start, int End, int Type)> pieces = SemanticTokenBuilder.Flatten(spans);

        Assert.Equal(new List<(int, int, int)> { (0, 8, 5), (8, 25, 3), (25, 34, 5) }, pieces);
    }

    [Fact]
    public void Disjoint_and_touching_spans_stay_whole()
    {
        var spans = new List<(int, int, int)> { (10, 12, 1), (0, 5, 0), (5, 7, 2) };

        Assert.Equal(new List<(int, int, int)> { (0, 5, 0), (5, 7, 2), (10, 12, 1) }, SemanticTokenBuilder.Flatten(spans));
    }
}
