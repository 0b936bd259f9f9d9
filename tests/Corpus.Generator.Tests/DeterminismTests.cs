using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The same corpus gives byte-identical generated code whatever the order of the files,
/// their line endings, a byte-order mark or the culture of the machine that builds it.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Reversed_file_order_gives_the_same_output()
    {
        List<InMemoryAdditionalText> files = Corpus();
        GeneratorRun expected = Run(files);
        files.Reverse();
        GeneratorRun actual = Run(files);

        AssertSame(expected, actual);
        Assert.Equal(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
    }

    [Fact]
    public void CRLF_line_endings_give_the_same_output()
    {
        List<InMemoryAdditionalText> files = Corpus();
        GeneratorRun crlf = Run(files.Select(f => f.WithText(f.Content.Replace("\n", "\r\n", StringComparison.Ordinal))));

        AssertSame(Run(files), crlf);
        Assert.Equal(Lines(Run(files).Diagnostics), Lines(crlf.Diagnostics));
    }

    [Fact]
    public void Lone_CR_line_endings_give_the_same_output()
    {
        List<InMemoryAdditionalText> files = Corpus();
        AssertSame(Run(files), Run(files.Select(f => f.WithText(f.Content.Replace("\n", "\r", StringComparison.Ordinal)))));
    }

    [Fact]
    public void A_leading_BOM_character_gives_the_same_output()
    {
        List<InMemoryAdditionalText> files = Corpus();
        GeneratorRun bom = Run(files.Select(f => f.WithText("\uFEFF" + f.Content)));

        AssertSame(Run(files), bom);
        Assert.Equal(Lines(Run(files).Diagnostics), Lines(bom.Diagnostics));
    }

    [Fact]
    public void A_UTF8_BOM_in_the_bytes_gives_the_same_output()
    {
        List<InMemoryAdditionalText> files = Corpus();
        byte[] Bom(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        AssertSame(Run(files), Run(files.Select(f => InMemoryAdditionalText.FromBytes(f.Path, Bom(f.Content)))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_shuffled_file_order_gives_the_same_output(int seed)
    {
        List<InMemoryAdditionalText> files = Corpus();
        GeneratorRun expected = Run(files);
        var random = new Random(seed);
        List<InMemoryAdditionalText> shuffled = files.OrderBy(_ => random.Next()).ToList();
        Assert.NotEqual(files.Select(f => f.Path), shuffled.Select(f => f.Path));

        GeneratorRun actual = Run(shuffled);

        AssertSame(expected, actual);
        Assert.Equal(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
    }

    [Fact]
    public void CRLF_and_a_BOM_together_in_the_bytes_give_the_same_output()
    {
        List<InMemoryAdditionalText> files = Corpus();
        byte[] Windows(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        GeneratorRun windows = Run(files.Select(f => InMemoryAdditionalText.FromBytes(f.Path, Windows(f.Content))));

        AssertSame(Run(files), windows);
        Assert.Equal(Lines(Run(files).Diagnostics), Lines(windows.Diagnostics));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void The_current_culture_does_not_change_the_output(string culture)
    {
        List<InMemoryAdditionalText> files = Corpus();
        GeneratorRun expected = RunUnder(CultureInfo.InvariantCulture, files);

        GeneratorRun actual = RunUnder(CultureInfo.GetCultureInfo(culture), files);

        AssertSame(expected, actual);
        Assert.Equal(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
    }

    [Fact]
    public void The_cultures_under_test_really_differ_from_the_invariant_culture()
    {
        // Under InvariantGlobalization every culture behaves as the invariant one, and the
        // culture tests above could not fail; these are the differences they rely on.
        Assert.Equal("\u0130", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("I", "i".ToUpper(CultureInfo.InvariantCulture));
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.GetCultureInfo("fi-FI")));
        Assert.Equal("\u22121", (-1).ToString(CultureInfo.GetCultureInfo("fi-FI"))); // MINUS SIGN: not C#
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.GetCultureInfo("ar-SA").Calendar);
        Assert.NotEqual(new DateTime(2024, 2, 29).ToString("d", CultureInfo.InvariantCulture), new DateTime(2024, 2, 29).ToString("d", CultureInfo.GetCultureInfo("ar-SA")));
    }

    [Fact]
    public void Running_twice_from_scratch_gives_the_same_output()
    {
        AssertSame(Run(Corpus()), Run(Corpus()));
    }

    /// <summary>
    /// Two registries and five articles, with ids and text that a culture-sensitive
    /// comparison or case mapping would order or spell differently (I/ı, i/İ, digits).
    /// </summary>
    private static List<InMemoryAdditionalText> Corpus()
    {
        List<InMemoryAdditionalText> files = TestCorpora.Multi();
        files.AddRange(Fixtures.Basic().Where(f => !f.Path.EndsWith("entities.txt", StringComparison.Ordinal)));
        files.Add(Fixtures.File("more2.entities.txt", "@istanbul place\nname: İstanbul\naliases: ISTANBUL; istanbul\n\n@iraq country\nname: IRAQ\n"));
        // A quotation in the front matter has paragraph -1, which fi-FI would write with U+2212.
        files.Add(Fixtures.File("minus.txt", "---\ntitle: Minus −1,5\nsummary: “Iı, 1,5 and −2.”{@china} said [China]{@china}.\nupdated: 2023-12-31\n---\n[China]{@china}: “Yes.”{@china}\n"));
        files.Add(Fixtures.File("i-and-i.txt", "---\ntitle: I AND İ\npublished: 2024-02-29\nx-Info: İI\n---\n[İstanbul]{@istanbul} and [IRAQ]{@iraq}, “ID 1,5”{term}.\n"));
        return files;
    }

    private static GeneratorRun Run(IEnumerable<AdditionalText> files) => GeneratorHarness.Run(files);

    /// <summary>Runs with the current culture and UI culture switched, and checks that the switch took.</summary>
    private static GeneratorRun RunUnder(CultureInfo culture, IEnumerable<AdditionalText> files)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            Assert.Equal(culture.Name, CultureInfo.CurrentCulture.Name);
            return Run(files);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private static void AssertSame(GeneratorRun expected, GeneratorRun actual)
    {
        Assert.NotEmpty(expected.Sources);
        Assert.Equal(expected.HintNames, actual.HintNames);
        foreach (KeyValuePair<string, string> source in expected.Sources)
        {
            string other = actual.Source(source.Key);
            if (!string.Equals(source.Value, other, StringComparison.Ordinal))
            {
                Assert.Fail(source.Key + " differs. " + Snapshot.FirstDifference(source.Value, other));
            }
        }
    }

    /// <summary>Diagnostics as id, file, line span and message, in a stable order.</summary>
    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => DiagnosticAssert.Where(d) + ": " + d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(s => s, StringComparer.Ordinal);

    /// <summary>Diagnostics without messages: CRLF may legitimately show in a quoted excerpt.</summary>
    private static IEnumerable<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(DiagnosticAssert.Where).OrderBy(s => s, StringComparer.Ordinal);
}
