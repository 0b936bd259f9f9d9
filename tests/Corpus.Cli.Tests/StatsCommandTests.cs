using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus stats</c>. The real corpus's figures were counted independently of the tool
/// (grep over the markup: 250 <c>]{@</c>, 20 closing marks with <c>{@</c> plus 18 <c>{says</c>,
/// 3 <c>{term}</c>; words as white-space separated runs holding a letter or digit).
/// </summary>
public sealed class StatsCommandTests
{
    [Fact]
    public void The_real_corpus_has_these_exact_figures()
    {
        CliResult result = CliRun.Run("stats", TestPaths.RealCorpus, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(2, root.GetProperty("articles").GetInt32());
        Assert.Equal(32, root.GetProperty("paragraphs").GetInt32());
        Assert.Equal(1638, root.GetProperty("words").GetInt32());
        Assert.Equal(66, root.GetProperty("entities").GetInt32());
        Assert.Equal(250, root.GetProperty("mentions").GetInt32());
        Assert.Equal(38, root.GetProperty("quotes").GetInt32());
        Assert.Equal(3, root.GetProperty("terms").GetInt32());
        Assert.Equal(
            "person=24 organization=20 country=128 place=40 group=19 event=14 work=5",
            Pairs(root.GetProperty("mentionsByKind")));
        Assert.Equal(
            "person=14 organization=17 country=7 place=12 group=5 event=7 work=4",
            Pairs(root.GetProperty("entitiesByKind")));
        Assert.Equal("direct=11 partial=9 indirect=18", Pairs(root.GetProperty("quotesByKind")));
        Assert.Equal(
            "china:46 north-korea:30 russia:27 beijing:12 united-states:11 north-koreans:7 ukraine:7 pyongyang:6 moscow:5 war-in-ukraine:5",
            string.Join(" ", root.GetProperty("topEntities").EnumerateArray().Select(e => e.GetProperty("id").GetString() + ":" + e.GetProperty("mentions").GetInt32())));
        Assert.Equal(
            "china:4 shen-dingli:4 zhu-feng:4 feng-yujun:3 united-states:3 victor-cha:3 chinese-foreign-ministry:2 mao-zedong:2 matthew-miller:2 peter-dutton:2",
            string.Join(" ", root.GetProperty("topSpeakers").EnumerateArray().Select(e => e.GetProperty("id").GetString() + ":" + e.GetProperty("quotes").GetInt32())));
        JsonElement cha = root.GetProperty("topSpeakers").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "victor-cha");
        Assert.Equal("Victor D. Cha", cha.GetProperty("name").GetString());
        Assert.Equal((2, 0, 1), (cha.GetProperty("direct").GetInt32(), cha.GetProperty("partial").GetInt32(), cha.GetProperty("indirect").GetInt32()));
        Assert.Empty(root.GetProperty("unattributed").EnumerateArray());
    }

    [Fact]
    public void Redirected_output_is_this_exact_plain_text()
    {
        string dir = TestPaths.Fixture("unicode");
        string file = Path.Combine(dir, "articles", "notes-on-the-engine.txt").Replace('\\', '/');
        CliResult result = CliRun.Run("stats", dir, "--top", "3");

        Assert.Equal(0, result.ExitCode);
        string where = file + "(18,14)";
        string expected = string.Join("\n",
            "Corpus",
            "                       Count",
            "  Articles                 1",
            "  Paragraphs               5",
            "  Words                   79",
            "  Entities                 7",
            "  Mentions                17",
            "  Quotes                   5",
            "  Unattributed quotes      1",
            "  Terms                    2",
            "",
            "Mentions by kind",
            "  Kind          Entities  Mentions",
            "  person               1         6",
            "  organization         1         1",
            "  country              1         1",
            "  place                1         3",
            "  group                1         2",
            "  event                1         1",
            "  work                 1         3",
            "",
            "Quotes by kind",
            "  Kind      Quotes",
            "  direct         2",
            "  partial        2",
            "  indirect       1",
            "",
            "Top entities (by mentions)",
            "  #  Entity                                  Kind    Mentions  Articles",
            "  1  Ada Lovelace (@ada-lovelace)            person         6         1",
            "  2  Analytical Engine (@analytical-engine)  work           3         1",
            "  3  London (@london)                        place          3         1",
            "",
            "Top speakers (by quotes)",
            "  #  Speaker                         Kind          Quotes  Direct  Partial  Indirect",
            "  1  Ada Lovelace (@ada-lovelace)    person             2       2        0         0",
            "  2  Royal Society (@royal-society)  organization       2       0        1         1",
            "",
            "Unattributed quotations",
            "  Where" + new string(' ', where.Length - 5) + "  Kind     Text",
            "  " + where + "  partial  nobody knows who said this.",
            string.Empty);
        Assert.Equal(expected, result.Output);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void A_terminal_gets_spectre_tables()
    {
        var output = new StringWriter { NewLine = "\n" };
        CliResult result = CliRun.RunOnTerminal(RecordingTerminal.Create(output), output, "stats", TestPaths.Fixture("unicode"));

        Assert.Equal(0, result.ExitCode);
        string screen = AnsiText.Strip(result.Output);
        Assert.Contains("╭", screen, System.StringComparison.Ordinal); // a rounded table border
        Assert.Matches(@"│ Articles\s+│\s+1 │", screen);
        Assert.Matches(@"│ Ada Lovelace \(@ada-lovelace\)\s+│ person\s+│\s+2 │\s+2 │\s+0 │\s+0 │", screen);
        Assert.Contains("nobody knows who said this.", screen, System.StringComparison.Ordinal);
        Assert.Contains('\u001b', result.Output); // styled: the bold titles
    }

    [Fact]
    public void Errors_in_the_corpus_go_to_stderr_and_exit_1_but_the_figures_are_still_printed()
    {
        CliResult result = CliRun.Run("stats", TestPaths.Fixture("broken"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.Contains(": error CG0300: Unknown entity '@victr-cha'", System.StringComparison.Ordinal));
        Assert.StartsWith("corpus: the corpus has ", result.ErrorLines.Last(), System.StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("articles").GetInt32() > 0);
    }

    [Fact]
    public void Top_0_lists_no_entities()
    {
        CliResult result = CliRun.Run("stats", TestPaths.Fixture("unicode"), "--top", "0", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Empty(json.RootElement.GetProperty("topEntities").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("topSpeakers").EnumerateArray());
    }

    private static string Pairs(JsonElement obj) => string.Join(" ", obj.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetInt32()));
}
