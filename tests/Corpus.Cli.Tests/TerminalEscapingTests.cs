using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// Corpus text printed for a person (stats tables, plain or on a terminal; notes, warnings,
/// error lines) is escaped as diagnostic messages are (Corpus.Syntax's MessageText): an ESC,
/// a bidi override or a line separator in an article cannot act on the terminal. JSON stays exact.
/// </summary>
public sealed class TerminalEscapingTests
{
    private const string Registry = "@ada person\nname: Ada\u202E Lovelace\n";

    /// <summary>An unattributed quotation holding an OSC sequence (sets the window title), a colour sequence and U+2028.</summary>
    private const string Article = "---\ntitle: T\n---\n[Ada]{@ada} said nothing. “Hi \u001B]0;pwned\u0007 \u001B[31mred\u2028x”\n";

    [Fact]
    public void Stats_plain_text_escapes_corpus_text()
    {
        using var dir = Corpus(Article);
        CliResult result = CliRun.Run("stats", dir.Path);

        string where = dir.Combine("articles", "a.txt").Replace('\\', '/') + "(4,27)";
        Assert.Contains("  1  Ada\\u202E Lovelace (@ada)  person         1         1", result.OutputLines);
        Assert.Equal("  " + where + "  direct  Hi \\u001B]0;pwned\\u0007 \\u001B[31mred\\u2028x", result.OutputLines.Last());
        Assert.DoesNotContain(result.Output, c => c is '\u001B' or '\u0007' or '\u202E' or '\u2028');
    }

    [Fact]
    public void Stats_on_a_terminal_escapes_corpus_text_inside_the_tables()
    {
        using var dir = Corpus(Article);
        var output = new StringWriter { NewLine = "\n" };
        CliResult result = CliRun.RunOnTerminal(RecordingTerminal.Create(output), output, "stats", dir.Path);

        string screen = AnsiText.Strip(result.Output);
        Assert.Contains("Hi \\u001B]0;pwned\\u0007", screen, System.StringComparison.Ordinal);
        Assert.Contains("Ada\\u202E Lovelace", screen, System.StringComparison.Ordinal);
        // Spectre styles the titles with its own SGR sequences; none of the corpus's characters get through.
        Assert.DoesNotContain(screen, c => c is '\u001B' or '\u0007' or '\u202E' or '\u2028');
    }

    [Fact]
    public void Stats_json_keeps_corpus_text_exact()
    {
        using var dir = Corpus(Article);
        CliResult result = CliRun.Run("stats", dir.Path, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal("Hi \u001B]0;pwned\u0007 \u001B[31mred\u2028x", json.RootElement.GetProperty("unattributed")[0].GetProperty("text").GetString());
        Assert.Equal("Ada\u202E Lovelace", json.RootElement.GetProperty("topEntities")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_diagnostic_line_escapes_a_control_character_in_the_file_name()
    {
        using var dir = Corpus(Article, "b\u001B[2Jc.txt");
        CliResult result = CliRun.Run("check", dir.Path);

        string file = dir.Combine("articles", "b").Replace('\\', '/') + "\\u001B[2Jc.txt";
        Assert.Contains(file + "(4,27): warning CG0305: Unattributed quotation 'Hi \\u001B]0;pwned\\u0007 \\u001B[31mred\\u2028x': attribute it with {@id} or mark it {term}", result.OutputLines);
        Assert.DoesNotContain(result.Output, c => c is '\u001B' or '\u0007');
    }

    private static TempDirectory Corpus(string article, string name = "a.txt")
    {
        var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("entities.txt"), Registry, new UTF8Encoding(false));
        Directory.CreateDirectory(dir.Combine("articles"));
        File.WriteAllText(dir.Combine("articles", name), article, new UTF8Encoding(false));
        return dir;
    }
}
