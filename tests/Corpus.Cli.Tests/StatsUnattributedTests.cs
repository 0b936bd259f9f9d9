using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus stats</c> lists the unattributed quotations where <c>corpus check</c> reports their
/// CG0305: at the opening mark, also when an annotation without a speaker follows the closing
/// mark (<c>“Yes.”{#x}</c>, <c>{direct}</c>), which used to be located at the annotation.
/// </summary>
public sealed class StatsUnattributedTests
{
    private const string Article = "---\ntitle: T\n---\nHe said “Yes.”{#x} and left.\n\n“No,”{direct} she said, and “maybe” too.\n";

    [Fact]
    public void Stats_locates_and_counts_unattributed_quotations_as_CG0305_does()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("entities.txt"), "@ada person\nname: Ada\n", new UTF8Encoding(false));
        File.WriteAllText(dir.Combine("a.txt"), Article, new UTF8Encoding(false));

        CliResult stats = CliRun.Run("stats", dir.Path, "--format", "json");
        CliResult check = CliRun.Run("check", dir.Path, "--format", "json");

        using JsonDocument statsJson = JsonDocument.Parse(stats.Output);
        using JsonDocument checkJson = JsonDocument.Parse(check.Output);
        string[] listed = statsJson.RootElement.GetProperty("unattributed").EnumerateArray()
            .Select(q => q.GetProperty("line").GetInt32() + "," + q.GetProperty("column").GetInt32() + " " + q.GetProperty("text").GetString())
            .ToArray();
        string[] reported = checkJson.RootElement.EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "CG0305")
            .Select(d => d.GetProperty("line").GetInt32() + "," + d.GetProperty("column").GetInt32())
            .ToArray();
        Assert.Equal(new[] { "4,9 Yes.", "6,1 No,", "6,29 maybe" }, listed);
        Assert.Equal(new[] { "4,9", "6,1", "6,29" }, reported);
        Assert.Equal(3, statsJson.RootElement.GetProperty("quotes").GetInt32());
    }
}
