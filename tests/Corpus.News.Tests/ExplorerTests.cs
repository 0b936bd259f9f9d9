using System;
using System.IO;
using System.Linq;
using Corpus.Explorer;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>The demo's machine-readable modes, as the README describes them.</summary>
public sealed class ExplorerTests
{
    [Fact]
    public void Quotes_mode_prints_one_tab_separated_line_per_quote()
    {
        var output = new StringWriter();
        Reports.QuoteLines(output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(35, lines.Length);
        Assert.All(lines, line => Assert.Equal(4, line.Split('\t').Length));
        Assert.Contains("china-may-chafe\tVictor D. Cha\tdirect\tThere is nothing good for them in this, short or long term.", lines);
        Assert.Contains("china-north-korea-ukraine-war\tPeter Dutton\tdirect\tThese developments could quickly derail Beijing’s quest.", lines);
    }

    [Fact]
    public void Entities_mode_prints_id_kind_name_count_and_articles()
    {
        var output = new StringWriter();
        Reports.EntityLines(output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(65, lines.Length);
        string xi = Assert.Single(lines, l => l.StartsWith("xi-jinping\t", StringComparison.Ordinal));
        Assert.Equal("xi-jinping\tperson\tXi Jinping\t4\tchina-may-chafe,china-north-korea-ukraine-war", xi);
        string georgetown = Assert.Single(lines, l => l.StartsWith("georgetown-university\t", StringComparison.Ordinal));
        Assert.Equal("georgetown-university\torganization\tGeorgetown University\t2\tchina-may-chafe,china-north-korea-ukraine-war", georgetown);
    }
}
