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

        Assert.Equal(38, lines.Length);
        Assert.All(lines, line => Assert.Equal(4, line.Split('\t').Length));
        Assert.Contains("china-may-chafe\tVictor D. Cha\tdirect\tThere is nothing good for them in this, short or long term.", lines);
        Assert.Contains("china-north-korea-ukraine-war\tPeter Dutton\tdirect\tThese developments could quickly derail Beijing’s quest.", lines);
    }

    [Fact]
    public void A_quote_line_without_a_speaker_says_dash_and_keeps_one_record_per_line()
    {
        Assert.Equal("some-article\t-\tpartial\tlips\\tand\\nteeth \\\\ done", Reports.QuoteLine("some-article", null, Corpus.Model.QuoteKind.Partial, "lips\tand\nteeth \\ done"));
        Assert.Equal("some-article\tVictor D. Cha\tindirect\tx", Reports.QuoteLine("some-article", "Victor D. Cha", Corpus.Model.QuoteKind.Indirect, "x"));
    }

    [Fact]
    public void Entities_mode_prints_id_kind_name_count_and_articles()
    {
        var output = new StringWriter();
        Reports.EntityLines(output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(66, lines.Length);
        string xi = Assert.Single(lines, l => l.StartsWith("xi-jinping\t", StringComparison.Ordinal));
        Assert.Equal("xi-jinping\tperson\tXi Jinping\t4\tchina-may-chafe,china-north-korea-ukraine-war", xi);
        string georgetown = Assert.Single(lines, l => l.StartsWith("georgetown-university\t", StringComparison.Ordinal));
        Assert.Equal("georgetown-university\torganization\tGeorgetown University\t2\tchina-may-chafe,china-north-korea-ukraine-war", georgetown);
    }

    [Fact]
    public void Summary_lists_the_articles_the_quotes_by_speaker_and_the_most_mentioned_entities()
    {
        var output = new StringWriter();
        Reports.Summary(output);
        string[] lines = output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        Assert.Equal("Corpus.News: 2 articles, 66 entities, 38 quotations", lines[0]);
        Assert.Equal("China May Chafe as North Korea Sends Soldiers to Fight Ukraine", lines[2]);
        Assert.Equal("  id: china-may-chafe   source: The New York Times   paragraphs: 12   mentions: 91   quotes: 9", lines[3]);
        Assert.Equal("  id: china-north-korea-ukraine-war   source: -   paragraphs: 20   mentions: 159   quotes: 29", lines[5]);

        int cha = Array.IndexOf(lines, "  Victor D. Cha (3)");
        Assert.True(cha > 0, "no Victor D. Cha group");
        Assert.Equal("    [indirect] Beijing may not know how to rein in North Korea’s efforts to help the Kremlin", lines[cha + 1]);
        Assert.Equal("    [direct] There is nothing good for them in this, short or long term.", lines[cha + 3]);

        int top = Array.IndexOf(lines, "Most mentioned entities");
        Assert.Equal("   46  China (country) in 2 article(s)", lines[top + 1]);
        Assert.Equal("   30  North Korea (country) in 2 article(s)", lines[top + 2]);
        Assert.Equal(10, lines.Skip(top + 1).Count(l => l.Length > 0));
    }
}
