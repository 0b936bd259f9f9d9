using System;
using System.IO;
using Corpus.Cli.Brat;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus import brat</c> on data shaped like brat's own example collections
/// (Fixtures/brat-collections: BioNLP-ST, TDT, the news tutorial): it never crashes, every
/// line it does not import is counted by kind and type, event triggers declared in
/// <c>annotation.conf</c> are not reported as unmapped entity types, and every id it makes
/// passes <c>corpus check</c> and says whom it names.
/// </summary>
public sealed class BratCollectionImportTests
{
    [Fact]
    public void Every_line_that_is_not_imported_is_counted_by_kind_and_type()
    {
        using var imported = new TempDirectory();

        CliResult import = CliRun.Run("import", "brat", TestPaths.Fixture("brat-collections"), "--out", imported.Path, "--map", "Protein=work");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            new[]
            {
                "Imported 3 documents into " + imported.Path + ": 11 mentions, 0 quotations, 0 terms, 11 entities; 7 spans left out (see the warnings)",
                "Not imported: 4 T event triggers, 5 R relations, 4 E events, 6 A attributes, 1 M attributes, 1 N normalisations, 3 # notes, 1 * equivalences (see the warnings)",
            },
            import.OutputLines);
        Assert.Equal(
            new[]
            {
                "warning: news/obama-trip.ann: T1: a discontinuous span (20-25;0-6, 'Obama Barack') skips 'and Michelle', which the inline format cannot leave out; left out",
                "warning: the brat type 'Entity' (1 span) maps to no kind and is left out; map it with --map Entity=KIND",
                "warning: the brat type 'Money' (1 span) maps to no kind and is left out; map it with --map Money=KIND",
                "warning: the brat type 'N' (2 spans) maps to no kind and is left out; map it with --map N=KIND",
                "warning: the brat type 'Punct' (1 span) maps to no kind and is left out; map it with --map Punct=KIND",
                "warning: the brat type 'V' (1 span) maps to no kind and is left out; map it with --map V=KIND",
                "warning: not imported: T event triggers: Gene_expression 1, Positive_regulation 2, Transfer-money 1",
                "warning: not imported: R relations: Located 1, Protein-Component 1, nommod 1, nsubj 1, punct 1",
                "warning: not imported: E events: Gene_expression 1, Positive_regulation 2, Transfer-money 1",
                "warning: not imported: A attributes: CASE 2, Confidence 1, NUM 2, VOICE 1",
                "warning: not imported: M attributes: Negation 1",
                "warning: not imported: N normalisations: Wikipedia 1",
                "warning: not imported: # notes: Lemma 3",
                "warning: not imported: * equivalences: Equiv 1",
            },
            import.ErrorLines);
    }

    [Fact]
    public void Ids_are_transliterated_disambiguated_and_pass_check()
    {
        using var imported = new TempDirectory();
        CliRun.Run("import", "brat", TestPaths.Fixture("brat-collections"), "--out", imported.Path, "--map", "Protein=work");

        CliResult check = CliRun.Run("check", imported.Path);

        Assert.Equal(
            "---\ntitle: obama-trip\nx-imported-from: news/obama-trip.ann\n---\n" +
            "Barack and [Michelle Obama]{@michelle-obama} flew from [Αθήνα]{@athina} to [Москва]{@moskva} and on to [北京]{@beijing}.\n\n" +
            "[𝐀lpha Corp]{@alpha-corp} paid the magazine [People]{@people-organization} $5 million, the union [ALL]{@all-organization} said.\n",
            File.ReadAllText(imported.Combine("articles", "obama-trip.txt")));
        // IL-6 and IL6 would both be the C# name Il6 (CG0400); People and All are generated members (CG0401).
        Assert.Contains("[IL-6]{@il-6}) expression", File.ReadAllText(imported.Combine("articles", "pmid-0000001.txt")), StringComparison.Ordinal);
        Assert.Contains("[IL6]{@il6-work} promoter", File.ReadAllText(imported.Combine("articles", "pmid-0000001.txt")), StringComparison.Ordinal);
        Assert.Contains("@michelle-obama person\nname: Michelle Obama\nwikidata: Q13133\n", File.ReadAllText(imported.Combine("entities.txt")), StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(new[] { "3 articles, 11 entities: 0 errors, 0 warnings, 0 messages" }, check.OutputLines);
    }

    [Theory]
    [InlineData("IL-6", "IL6", "il-6", "il6-organization")]
    [InlineData("G-7", "G7", "g-7", "g7-organization")]
    [InlineData("People", "Count", "people-organization", "count-organization")]
    [InlineData("all", "Entities", "all-organization", "entities-organization")]
    [InlineData("Αθήνα", "Athina", "athina", "athina-organization")]
    [InlineData("Москва", "北京", "moskva", "beijing")]
    [InlineData("𝐀lpha Corp", "1984", "alpha-corp", "1984")]
    public void Made_up_ids_never_collide_and_are_never_reserved(string first, string second, string firstId, string secondId)
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        string text = first + " and " + second + ".\n";
        File.WriteAllText(source.Combine("d.txt"), text);
        int firstEnd = char.ConvertToUtf32(first, 0) > 0xFFFF ? first.Length - 1 : first.Length;
        int secondStart = firstEnd + 5;
        int secondEnd = secondStart + second.Length;
        File.WriteAllText(source.Combine("d.ann"), "T1\tORG 0 " + firstEnd + "\t" + first + "\nT2\tORG " + secondStart + " " + secondEnd + "\t" + second + "\n");

        CliResult import = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);
        CliResult check = CliRun.Run("check", imported.Path);

        Assert.Equal(string.Empty, import.Error);
        Assert.Equal("[" + first + "]{@" + firstId + "} and [" + second + "]{@" + secondId + "}.\n", File.ReadAllText(imported.Combine("articles", "d.txt")).Split("---\n")[2]);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("1 article, 2 entities: 0 errors, 0 warnings, 0 messages", check.OutputLines[^1]);
    }

    [Fact]
    public void Corpus_ids_that_check_would_reject_are_renamed_with_a_warning()
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        File.WriteAllText(source.Combine("all.txt"), "IL-6 and IL6 and People.\n");
        File.WriteAllText(
            source.Combine("all.ann"),
            "T1\tOrganization 0 4\tIL-6\nT2\tOrganization 9 12\tIL6\nT3\tGroup 17 23\tPeople\n" +
            "N1\tReference T1 corpus:il-6\tIL-6\nN2\tReference T2 corpus:il6\tIL6\nN3\tReference T3 corpus:people\tPeople\n");

        CliResult import = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);
        CliResult check = CliRun.Run("check", imported.Path);

        Assert.Equal(
            new[]
            {
                "warning: the id 'corpus:il6' and 'il-6' both become the C# name 'Il6'; the entity is imported as @il6-2",
                "warning: the id 'corpus:people' becomes the C# name 'People', which the generated API already uses; the entity is imported as @people-2",
            },
            import.ErrorLines);
        // The article is named 'all' too: Articles.All is a generated member.
        Assert.True(File.Exists(imported.Combine("articles", "all-article.txt")));
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void A_corpus_id_that_clashes_with_a_carried_registry_id_is_renamed_with_that_reason()
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        // The carried registry declares il-6; the annotation asks for corpus:il6, the same C# name.
        Directory.CreateDirectory(source.Combine(BratSideFiles.RegistryFolder));
        File.WriteAllText(source.Combine(BratSideFiles.RegistryFolder, "entities" + BratSideFiles.RegistryExtension), "@il-6 organization\nname: IL-6\n");
        File.WriteAllText(source.Combine("a.txt"), "IL6 rose.\n");
        File.WriteAllText(source.Combine("a.ann"), "T1\tOrganization 0 3\tIL6\nN1\tReference T1 corpus:il6\tIL6\n");

        CliResult import = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);

        Assert.Equal(
            new[] { "warning: the id 'corpus:il6' and 'il-6' both become the C# name 'Il6'; the entity is imported as @il6-2" },
            import.ErrorLines);
    }

    [Fact]
    public void Fragments_in_any_order_never_crash_and_a_gap_with_words_is_refused()
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        File.WriteAllText(source.Combine("e.txt"), "Alice met Carol and Bob.\nAngela\nMerkel spoke.\n");
        // T1: brat's reader accepts fragments out of order; T2: the same, with only a line break between them.
        File.WriteAllText(source.Combine("e.ann"), "T1\tPerson 20 23;0 5\tBob Alice\nT2\tPerson 32 38;25 31\tAngela Merkel\nT3\tPerson 10 15\tCarol\n");

        CliResult import = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(new[] { "warning: e.ann: T1: a discontinuous span (20-23;0-5, 'Bob Alice') skips 'met Carol and', which the inline format cannot leave out; left out" }, import.ErrorLines);
        Assert.Equal("Imported 1 document into " + imported.Path + ": 2 mentions, 0 quotations, 0 terms, 2 entities; 1 span left out (see the warnings)", import.OutputLines[0]);
        Assert.EndsWith("---\nAlice met [Carol]{@carol} and Bob. [Angela Merkel]{@angela-merkel} spoke.\n", File.ReadAllText(imported.Combine("articles", "e.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_that_count_crlf_as_one_character_get_a_hint_about_crlf()
    {
        using var source = new TempDirectory();
        using var imported = new TempDirectory();
        File.WriteAllText(source.Combine("f.txt"), "Xi spoke.\r\nPutin listened.\r\n");
        // Offsets made from the LF copy of the text: Putin at 10-15 instead of 11-16.
        File.WriteAllText(source.Combine("f.ann"), "T1\tPER 0 2\tXi\nT2\tPER 10 15\tPutin\n");

        CliResult import = CliRun.Run("import", "brat", source.Path, "--out", imported.Path);

        Assert.Equal(
            new[] { "warning: f.ann: T2: the .ann says 'Putin' but the text at 10-15 is '\\nPuti', left out (the offsets count each CRLF line end as one character: they were made from the text with LF line ends; convert the .txt to LF)" },
            import.ErrorLines);
    }
}
