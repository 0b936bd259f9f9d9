using System;
using System.Globalization;
using System.IO;
using System.Text;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus import brat</c> on random standoff (a fixed seed, so a failure reproduces): fragments
/// in any order, overlapping, empty or past the text; relations, events, attributes and
/// normalisations that point anywhere; texts with CRLF and characters outside the BMP. The
/// import never throws, and what it writes always passes <c>corpus check</c>.
/// </summary>
public sealed class BratImportRobustnessTests
{
    private static readonly string[] Words = { "Alice", "Bob", "said", "“quoted words”", "IL-6", "IL6", "People", "all", "Αθήνα", "北京", "🚀", "\r\n", "\n\n", "[x]", "{y}", "\\", "the", "Mr.", "’s" };
    private static readonly string[] Types = { "PER", "ORG", "GPE", "Quotation", "Term", "Source", "Cue", "Content", "Protein", "Person" };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_standoff_never_crashes_and_the_result_passes_check(int seed)
    {
        var random = new Random(seed);
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        for (int d = 0; d < 8; d++)
        {
            var text = new StringBuilder();
            for (int w = random.Next(5, 60); w > 0; w--)
            {
                text.Append(Words[random.Next(Words.Length)]).Append(random.Next(4) == 0 ? string.Empty : " ");
            }

            string txt = text.ToString();
            int length = txt.Length;
            var ann = new StringBuilder();
            int spans = random.Next(1, 25);
            for (int t = 1; t <= spans; t++)
            {
                ann.Append('T').Append(t).Append('\t').Append(Types[random.Next(Types.Length)]).Append(' ');
                int fragments = random.Next(1, 4);
                var surface = new StringBuilder();
                for (int f = 0; f < fragments; f++)
                {
                    int a = random.Next(0, length + 3);
                    int b = Math.Min(length + 3, a + random.Next(0, 12));
                    ann.Append(f > 0 ? ";" : string.Empty).Append(a.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(b.ToString(CultureInfo.InvariantCulture));
                    if (b <= length && a < b)
                    {
                        surface.Append(surface.Length > 0 ? " " : string.Empty).Append(txt, a, b - a);
                    }
                }

                ann.Append('\t').Append(random.Next(3) == 0 ? "wrong" : surface.ToString().Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)).Append('\n');
            }

            string Id() => "T" + random.Next(0, spans + 2).ToString(CultureInfo.InvariantCulture);
            for (int r = 1; r <= random.Next(0, 8); r++)
            {
                ann.Append('R').Append(r).Append('\t').Append(random.Next(2) == 0 ? "Speaker" : "Source").Append(" Arg1:").Append(Id()).Append(" Arg2:").Append(Id()).Append('\n');
                ann.Append('E').Append(r).Append("\tAttribution:").Append(Id()).Append(" Source:").Append(Id()).Append(" Content:").Append(Id()).Append('\n');
                ann.Append('A').Append(r).Append('\t').Append(random.Next(2) == 0 ? "QuoteKind" : "Name").Append(' ').Append(Id()).Append(random.Next(2) == 0 ? " Direct" : " all").Append('\n');
                ann.Append('N').Append(r).Append("\tReference ").Append(Id()).Append(random.Next(2) == 0 ? " corpus:people" : " Wikidata:Q1").Append("\tPeople\n");
                ann.Append("#").Append(r).Append("\tAnnotatorNotes ").Append(Id()).Append("\tnote\n");
                ann.Append("garbage line ").Append(r).Append('\n');
            }

            File.WriteAllText(source.Combine("doc" + d + ".txt"), txt);
            File.WriteAllText(source.Combine("doc" + d + ".ann"), ann.ToString(), new UTF8Encoding(false, false)); // a sliced surrogate pair becomes U+FFFD
        }

        CliResult import = CliRun.Run("import", "brat", source.Path, "--out", imported.Path, "--attribution", "--map", "Protein=work");
        CliResult check = CliRun.Run("check", imported.Path);

        Assert.DoesNotContain("Exception", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        Assert.StartsWith("Imported 8 documents", import.OutputLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", check.Output, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
    }
}
