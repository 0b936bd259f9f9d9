using System;
using System.IO;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus import brat --attribution</c> on Fixtures/brat-attribution: attribution
/// annotations in the PARC style (Source, Cue and Content spans linked by E events in
/// port-strike, by Source/Content relations from the cue in xi-markets), one folder per
/// annotator. Contents become quotations (direct inside quotation marks, reported speech
/// otherwise), sources become speakers: named, found as a mention inside the source, or
/// resolved from a pronoun or description to the nearest preceding entity of a compatible kind.
/// </summary>
public sealed class AttributionImportTests
{
    [Fact]
    public void Sources_become_speakers_and_contents_become_quotations()
    {
        using var imported = new TempDirectory();

        CliResult import = CliRun.Run("import", "brat", TestPaths.Fixture("brat-attribution"), "--out", imported.Path, "--attribution", "--annotator", "annotator-a");
        CliResult check = CliRun.Run("check", imported.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            new[]
            {
                "Imported 2 documents into " + imported.Path + ": 11 mentions, 9 quotations, 0 terms, 11 entities; 1 span left out (see the warnings)",
                "Attributions: 10 (5 to a named source, 4 resolved from a pronoun or description, 1 unattributed); annotators disagree on 3 attributions",
                "Not imported: 1 A attributes, 18 T attribution spans (see the warnings)",
            },
            import.OutputLines);
        Assert.Equal(
            new[]
            {
                "warning: annotator-a/port-strike.ann: annotator annotator-b disagrees on 3 attributions (2 only here, 1 only there, of 6 and 5)",
                "warning: annotator-a/xi-markets.ann: T11: the source 'Analysts' names no one and no group is mentioned before it; the quotation is left unattributed",
                "warning: not imported: A attributes: Factuality 1",
                "warning: not imported: T attribution spans: Cue 10, Source 8",
                "warning: annotator-a/xi-markets.ann: T11: reported speech (a quotation without quotation marks) needs a speaker, left out",
            },
            import.ErrorLines);
        Assert.Equal(
            "“We will not return until the safety rules are enforced,”{@marieke-de-vries} said [Marieke de Vries]{@marieke-de-vries}, a spokeswoman for the [FNV]{@fnv} union. " +
            "She added [that talks with the [port authority]{@port-authority} had broken down]{says @marieke-de-vries}.\n\n" +
            "The port authority said [it regretted the walkout and expected ships to be diverted to [Antwerp]{@antwerp}]{says @port-authority}. " +
            "Its chief executive, [Boudewijn Siemons]{@boudewijn-siemons}, told reporters: “Every day of this costs the economy millions.”{@boudewijn-siemons}\n\n" +
            "Dutch Prime Minister [Dick Schoof]{@dick-schoof} urged [both sides to resume negotiations]{says @dick-schoof}. He said the government “will not intervene in a lawful strike.”{@dick-schoof}\n",
            File.ReadAllText(imported.Combine("articles", "port-strike.txt")).Split("\n\n", 2)[1]);
        Assert.EndsWith(
            "[Xi Jinping]{@xi-jinping} told visiting officials that [[China]{@china} would keep its markets open]{says @xi-jinping}. “We welcome investment from every country,”{@xi-jinping} he said.\n\n" +
            "Analysts said the remarks were aimed at [Europe]{@europe}. The [foreign ministry]{@foreign-ministry} said [it would publish the full speech]{says @foreign-ministry}.\n",
            File.ReadAllText(imported.Combine("articles", "xi-markets.txt")), StringComparison.Ordinal);
        // Pronouns never become entities; the corpus passes check.
        Assert.DoesNotContain("name: She", File.ReadAllText(imported.Combine("entities.txt")), StringComparison.Ordinal);
        // The one message is the recall aid (CG0312): the source "The port authority" is a registered
        // name that the brat annotation does not mark as a mention.
        Assert.Equal("2 articles, 11 entities: 0 errors, 0 warnings, 1 message", check.OutputLines[^1]);
        Assert.Equal(
            imported.Combine("articles", "port-strike.txt").Replace('\\', '/') + "(9,5): info CG0312: 'port authority' is a name of '@port-authority' but is not annotated: write [port authority]{@port-authority}",
            check.OutputLines[0]);
    }

    [Fact]
    public void Without_attribution_the_same_spans_are_unmapped_types()
    {
        using var imported = new TempDirectory();

        CliResult import = CliRun.Run("import", "brat", Path.Combine(TestPaths.Fixture("brat-attribution"), "annotator-a"), "--out", imported.Path);

        Assert.Contains("warning: the brat type 'Content' (10 spans) maps to no kind and is left out; map it with --map Content=KIND", import.ErrorLines);
    }

    [Fact]
    public void An_unknown_annotator_is_a_usage_error_naming_the_annotators()
    {
        using var imported = new TempDirectory();
        string source = TestPaths.Fixture("brat-attribution");

        CliResult import = CliRun.Run("import", "brat", source, "--out", imported.Path, "--attribution", "--annotator", "nobody");

        Assert.Equal(2, import.ExitCode);
        Assert.Equal(new[] { "corpus import brat: no annotator folder 'nobody' in '" + source + "' (found annotator-a, annotator-b)" }, import.ErrorLines);
    }
}
