using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus import brat</c>. Fixtures/brat holds brat standoff as other tools write it: NER
/// tag sets (PER, ORG, LOC, GPE, NORP, MISC), Speaker relations, Wikidata normalisations,
/// a line break inside a paragraph, and (grain-deal) CRLF line ends, indentation, trailing
/// spaces and a run of blank lines.
/// </summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void Brat_to_ours_to_brat_preserves_every_span_of_a_foreign_brat_corpus()
    {
        using var imported = new TempDirectory();
        using var exported = new TempDirectory();
        string source = TestPaths.Fixture("brat");

        CliResult import = CliRun.Run("import", "brat", source, "--out", imported.Path, "--map", "MISC=event");
        CliResult export = CliRun.Run("export", imported.Path, "--format", "brat", "--out", exported.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            new[] { "Imported 2 documents into " + imported.Path + ": 14 mentions, 3 quotations, 0 terms, 13 entities", "Not imported: 1 # notes (see the warnings)" },
            import.OutputLines);
        Assert.Equal(new[] { "warning: not imported: # notes: AnnotatorNotes 1" }, import.ErrorLines);
        Assert.Equal(0, export.ExitCode);

        // berlin-talks is laid out as our articles are: every offset survives unchanged.
        var expectedTypes = new Dictionary<string, string>
        {
            ["PER"] = "Person", ["ORG"] = "Organization", ["LOC"] = "Place", ["GPE"] = "Country", ["NORP"] = "Group", ["MISC"] = "Event", ["Quotation"] = "Quotation",
        };
        List<string> original = Spans(Path.Combine(source, "berlin-talks.ann")).Select(s => expectedTypes[s.Type] + " " + s.Offsets + " " + s.Text).ToList();
        List<string> roundTripped = Spans(Path.Combine(exported.Path, "berlin-talks.ann")).Select(s => s.Type + " " + s.Offsets + " " + s.Text).ToList();
        Assert.Equal(original, roundTripped);
        string originalText = File.ReadAllText(Path.Combine(source, "berlin-talks.txt"));
        Assert.Equal(originalText.Replace("Union\nwelcomed", "Union welcomed", StringComparison.Ordinal), File.ReadAllText(Path.Combine(exported.Path, "berlin-talks.txt")));

        // grain-deal is re-laid out (CRLF, indentation, blank lines): every span keeps its type and text, in order.
        List<string> grainOriginal = Spans(Path.Combine(source, "grain-deal.ann")).Select(s => expectedTypes[s.Type] + " " + s.Text).ToList();
        List<(string Type, string Offsets, string Text)> grain = Spans(Path.Combine(exported.Path, "grain-deal.ann"));
        Assert.Equal(grainOriginal, grain.Select(s => s.Type + " " + s.Text).ToList());
        Assert.Equal(
            "Reuters reported from Kyiv that Ukraine and Poland signed a grain deal.\n\n“The deal is done,” said Donald Tusk, the Polish prime minister.\n",
            File.ReadAllText(Path.Combine(exported.Path, "grain-deal.txt")));
        Assert.Equal(new[] { "0 7", "22 26", "32 39", "44 50", "74 91", "98 109", "115 121" }, grain.Select(s => s.Offsets).ToArray());
    }

    [Fact]
    public void Speakers_come_from_speaker_relations_and_normalisations_merge_entities()
    {
        using var imported = new TempDirectory();
        CliRun.Run("import", "brat", TestPaths.Fixture("brat"), "--out", imported.Path, "--map", "MISC=event");

        Assert.Equal(
            "---\ntitle: berlin-talks\nx-imported-from: berlin-talks.ann\n---\n" +
            "[Angela Merkel]{@angela-merkel} met [Emmanuel Macron]{@emmanuel-macron} in [Paris]{@paris} on Monday. The [European Union]{@european-union} welcomed the meeting.\n\n" +
            "“We will act together,”{@angela-merkel} [Merkel]{@angela-merkel} said. The French president called it “a new chapter.”{@emmanuel-macron}\n\n" +
            "[German]{@german} officials said the [summit of the [G7]{@g7}]{@summit-of-the-g7} would follow.\n",
            File.ReadAllText(imported.Combine("articles", "berlin-talks.txt")));
        string registry = File.ReadAllText(imported.Combine("entities.txt"));
        Assert.Contains("@angela-merkel person\nname: Angela Merkel\naliases: Merkel\nwikidata: Q567\n", registry, StringComparison.Ordinal);
        Assert.Contains("@summit-of-the-g7 event\nname: summit of the G7\n", registry, StringComparison.Ordinal);
        Assert.Contains("@poland country\nname: Poland\n", registry, StringComparison.Ordinal);
    }

    [Fact]
    public void The_imported_corpus_passes_check()
    {
        using var imported = new TempDirectory();
        CliRun.Run("import", "brat", TestPaths.Fixture("brat"), "--out", imported.Path, "--map", "MISC=event");

        CliResult check = CliRun.Run("check", imported.Path);

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(new[] { "2 articles, 13 entities: 0 errors, 0 warnings, 0 messages" }, check.OutputLines);
    }

    [Fact]
    public void Our_own_brat_export_of_the_real_corpus_comes_back_byte_for_byte()
    {
        using var first = new TempDirectory();
        using var imported = new TempDirectory();
        using var second = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "brat", "--out", first.Path);

        CliResult import = CliRun.Run("import", "brat", first.Path, "--out", imported.Path);
        CliResult check = CliRun.Run("check", imported.Path);
        CliRun.Run("export", imported.Path, "--format", "brat", "--out", second.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(string.Empty, import.Error);
        Assert.Equal(0, check.ExitCode);
        Assert.EndsWith(": 0 errors, 0 warnings, 0 messages", check.OutputLines.Last(), StringComparison.Ordinal);
        foreach (string name in new[] { "china-may-chafe", "china-north-korea-ukraine-war" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(first.Path, name + ".txt")), File.ReadAllText(Path.Combine(second.Path, name + ".txt")));
            Assert.Equal(File.ReadAllText(Path.Combine(first.Path, name + ".ann")), File.ReadAllText(Path.Combine(second.Path, name + ".ann")));
        }
    }

    [Theory]
    [InlineData("real")]
    [InlineData("unicode")]
    [InlineData("roundtrip")]
    public void Ours_to_brat_to_ours_gives_back_the_same_corpus_byte_for_byte(string corpus)
    {
        string source = corpus == "real" ? TestPaths.RealCorpus : TestPaths.Fixture(corpus);
        using var brat = new TempDirectory();
        using var imported = new TempDirectory();
        CliRun.Run("export", source, "--format", "brat", "--out", brat.Path);

        CliResult import = CliRun.Run("import", "brat", brat.Path, "--out", imported.Path);

        Assert.Equal(0, import.ExitCode);
        // The emoji fixture has one unattributed quotation on purpose.
        Assert.Equal(
            corpus != "unicode" ? Array.Empty<string>() : new[] { "warning: notes-on-the-engine.ann: T16: no speaker (a corpus: normalisation or a Speaker relation); imported as an unattributed quotation" },
            import.ErrorLines);
        // The front matter and the registry travel in files that brat ignores.
        Assert.True(File.Exists(brat.Combine("corpus-registry", "entities.registry")));
        string[] originals = Directory.GetFiles(source, "*.txt", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(source, p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        string[] copies = Directory.GetFiles(imported.Path, "*.txt", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(imported.Path, p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.Equal(originals, copies);
        foreach (string file in originals)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(source, file)), File.ReadAllText(Path.Combine(imported.Path, file)));
        }
    }

    [Fact]
    public void An_unmapped_type_is_left_out_with_a_warning_that_names_the_option()
    {
        using var imported = new TempDirectory();
        CliResult import = CliRun.Run("import", "brat", TestPaths.Fixture("brat"), "--out", imported.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("warning: the brat type 'MISC' (1 span) maps to no kind and is left out; map it with --map MISC=KIND", import.ErrorLines);
        Assert.EndsWith("13 mentions, 3 quotations, 0 terms, 12 entities; 1 span left out (see the warnings)", import.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("The [European Union]{@european-union}", File.ReadAllText(imported.Combine("articles", "berlin-talks.txt")), StringComparison.Ordinal);
        Assert.Contains("the summit of the [G7]{@g7} would", File.ReadAllText(imported.Combine("articles", "berlin-talks.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Map_can_ignore_a_type_or_override_a_default()
    {
        using var imported = new TempDirectory();
        CliResult import = CliRun.Run("import", "brat", TestPaths.Fixture("brat"), "--out", imported.Path, "--map", "misc=ignore", "--map", "NORP=organization");

        Assert.Equal(0, import.ExitCode);
        Assert.DoesNotContain(import.ErrorLines, line => line.Contains("MISC", StringComparison.Ordinal));
        Assert.Contains("@german organization\n", File.ReadAllText(imported.Combine("entities.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_that_do_not_match_the_text_are_left_out_not_guessed()
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        File.WriteAllText(source.Combine("a.txt"), "Xi 🚀 met Putin.\n");
        // Offsets in UTF-16 units (Putin at 10-15), read as code points (where Putin is at 9-14).
        File.WriteAllText(source.Combine("a.ann"), "T1\tPER 0 2\tXi\nT2\tPER 10 15\tPutin\n");

        CliResult wrong = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);
        CliResult right = CliRun.Run("import", "brat", source.Path, "--out", imported.Path, "--offsets", "utf16");

        Assert.Contains("warning: a.ann: T2: the .ann says 'Putin' but the text at 10-15 is 'utin.', left out (the offsets are in utf16: see --offsets)", wrong.ErrorLines);
        Assert.EndsWith("1 mention, 0 quotations, 0 terms, 1 entity; 1 span left out (see the warnings)", wrong.Output.TrimEnd('\n'), StringComparison.Ordinal);
        Assert.Equal(string.Empty, right.Error);
        Assert.Contains("[Xi]{@xi} 🚀 met [Putin]{@putin}.", File.ReadAllText(imported.Combine("articles", "a.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_annotated_with_its_marks_and_an_empty_span_are_handled()
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        File.WriteAllText(source.Combine("b.txt"), "Tusk said “the deal is done.”\n");
        // T2 includes the quotation marks, as many tools annotate; T3 is empty.
        File.WriteAllText(source.Combine("b.ann"), "T1\tPER 0 4\tTusk\nT2\tQuotation 10 29\t“the deal is done.”\nT3\tPER 5 5\t\nR1\tSpeaker Arg1:T2 Arg2:T1\n");

        CliResult result = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "warning: b.ann: T3: an empty span, left out" }, result.ErrorLines);
        Assert.Equal("---\ntitle: b\nx-imported-from: b.ann\n---\n[Tusk]{@tusk} said “the deal is done.”{@tusk}\n", File.ReadAllText(imported.Combine("articles", "b.txt")));
        Assert.Equal("@tusk person\nname: Tusk\n", File.ReadAllText(imported.Combine("entities.txt")).Split("\n\n", 2)[1]);
    }

    [Theory]
    [InlineData("PER", "corpus import brat: --map expects TYPE=KIND, found 'PER'")]
    [InlineData("PER=alien", "corpus import brat: --map PER=alien: unknown kind 'alien' (expected person, organization, country, place, group, event, work, quotation, term or ignore)")]
    public void A_bad_mapping_is_one_line_and_exit_code_2(string rule, string message)
    {
        using var imported = new TempDirectory();
        CliResult result = CliRun.Run("import", "brat", TestPaths.Fixture("brat"), "--out", imported.Path, "--map", rule);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(new[] { message }, result.ErrorLines);
        Assert.Empty(Directory.GetFileSystemEntries(imported.Path));
    }

    /// <summary>The T lines of an .ann file: type, offsets ("0 5" or "0 5;7 9") and text.</summary>
    private static List<(string Type, string Offsets, string Text)> Spans(string ann) =>
        File.ReadAllLines(ann).Where(l => l.StartsWith('T')).Select(l =>
        {
            string[] parts = l.Split('\t');
            int space = parts[1].IndexOf(' ', StringComparison.Ordinal);
            return (parts[1][..space], parts[1][(space + 1)..], parts[2]);
        }).ToList();
}
