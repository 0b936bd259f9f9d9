using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Tests.Infrastructure;
using Xunit;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using SyntaxDescriptor = Corpus.Syntax.Diagnostics.DiagnosticDescriptor;
using SyntaxDescriptors = Corpus.Syntax.Diagnostics.DiagnosticDescriptors;

namespace Corpus.Generator.Tests;

/// <summary>
/// One catalogue of diagnostics, stated four times: Corpus.Syntax's descriptors (the
/// messages), the generator's Roslyn descriptors (constant ids for release tracking),
/// AnalyzerReleases.Unshipped.md, and docs/diagnostics.md. They must agree.
/// </summary>
public sealed class DescriptorConsistencyTests
{
    [Fact]
    public void Roslyn_descriptors_match_the_syntax_catalogue()
    {
        Assert.Equal(
            SyntaxDescriptors.All.Select(d => (d.Id, d.Title, d.Category, Severity: d.DefaultSeverity.ToString())),
            CorpusDescriptors.All.Select(d => (d.Id, Title: d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Category, Severity: d.DefaultSeverity.ToString())));
    }

    [Fact]
    public void Roslyn_descriptors_are_enabled_with_a_help_link_and_unique_ids()
    {
        Assert.Equal(CorpusDescriptors.All.Length, CorpusDescriptors.All.Select(d => d.Id).Distinct().Count());
        Assert.All(CorpusDescriptors.All, d =>
        {
            Assert.True(d.IsEnabledByDefault, d.Id);
            Assert.Equal(SyntaxDescriptor.HelpLinkBase + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            Assert.Matches("^CG[0-9]{4}$", d.Id);
        });
    }

    [Fact]
    public void Every_diagnostic_is_listed_in_the_analyzer_release_file_with_its_category_and_severity()
    {
        Dictionary<string, string[]> rows = ReleaseRows(File.ReadAllLines(TestPaths.InRepo("src/Corpus.Generator/AnalyzerReleases.Unshipped.md")))
            .Concat(ReleaseRows(File.ReadAllLines(TestPaths.InRepo("src/Corpus.Generator/AnalyzerReleases.Shipped.md"))))
            .ToDictionary(r => r[0], StringComparer.Ordinal);

        foreach (RoslynDescriptor descriptor in CorpusDescriptors.All)
        {
            Assert.True(rows.TryGetValue(descriptor.Id, out string[]? row), descriptor.Id + " is missing from AnalyzerReleases.Unshipped.md");
            Assert.Equal(descriptor.Category, row![1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        }

        Assert.Empty(rows.Keys.Except(CorpusDescriptors.All.Select(d => d.Id), StringComparer.Ordinal));
    }

    [Fact]
    public void Every_diagnostic_is_documented_once_docs_diagnostics_md_exists()
    {
        string path = TestPaths.InRepo("docs/diagnostics.md");
        if (!File.Exists(path))
        {
            // docs/diagnostics.md is being written; this test starts checking as soon as it exists.
            return;
        }

        string text = File.ReadAllText(path);
        List<string> missing = CorpusDescriptors.All.Select(d => d.Id).Where(id => !text.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/diagnostics.md does not mention " + string.Join(", ", missing));

        // Each help link (…/diagnostics.md#cg0300) must land on its section: GitHub derives a
        // heading's anchor from its whole text, so the page needs an explicit anchor or a bare heading.
        List<string> unanchored = CorpusDescriptors.All
            .Select(d => d.HelpLinkUri.Substring(d.HelpLinkUri.IndexOf('#', StringComparison.Ordinal) + 1))
            .Where(anchor => !text.Contains("id=\"" + anchor + "\"", StringComparison.Ordinal)
                && !text.Contains("name=\"" + anchor + "\"", StringComparison.Ordinal)
                && !text.Split('\n').Any(line => line.TrimStart('#').Trim().Equals(anchor, StringComparison.OrdinalIgnoreCase) && line.StartsWith('#')))
            .ToList();
        Assert.True(unanchored.Count == 0, "docs/diagnostics.md has no anchor for " + string.Join(", ", unanchored));
    }

    /// <summary>The rule rows of an AnalyzerReleases table: id, category, severity, notes.</summary>
    private static IEnumerable<string[]> ReleaseRows(IEnumerable<string> lines) =>
        lines.Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 3 && c[0].StartsWith("CG", StringComparison.Ordinal));
}
