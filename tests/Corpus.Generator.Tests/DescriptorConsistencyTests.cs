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
    public void Every_released_id_has_one_section_in_docs_diagnostics_md_that_its_help_link_lands_on()
    {
        string docs = File.ReadAllText(TestPaths.InRepo("docs/diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Dictionary<string, RoslynDescriptor> byId = CorpusDescriptors.All.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (string[] row in ReleaseRows(File.ReadAllLines(TestPaths.InRepo("src/Corpus.Generator/AnalyzerReleases.Unshipped.md"))))
        {
            RoslynDescriptor descriptor = byId[row[0]];
            string link = descriptor.HelpLinkUri;
            Assert.Equal("https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#" + row[0].ToLowerInvariant(), link);

            // The anchor the link names, directly above the section's heading: GitHub derives a
            // heading's own anchor from its whole text, so the explicit one is what the link needs.
            string anchor = link.Substring(link.IndexOf('#', StringComparison.Ordinal) + 1);
            string heading = "<a id=\"" + anchor + "\"></a>\n## " + row[0] + ": " + row[3] + "\n";
            int at = docs.IndexOf(heading, StringComparison.Ordinal);
            if (at < 0 || docs.IndexOf(heading, at + 1, StringComparison.Ordinal) >= 0)
            {
                problems.Add(row[0] + ": no single '" + heading.Replace("\n", "\\n", StringComparison.Ordinal) + "'");
                continue;
            }

            int next = docs.IndexOf("\n## ", at + heading.Length, StringComparison.Ordinal);
            string section = next < 0 ? docs.Substring(at) : docs.Substring(at, next - at);
            foreach (string part in new[] { "- **Severity:** " + row[2] + "\n", "- **Category:** " + row[1] + "\n", "\nShown:\n" })
            {
                if (!section.Contains(part, StringComparison.Ordinal))
                {
                    problems.Add(row[0] + ": no '" + part.Trim() + "'");
                }
            }

            // A wrong and a right example, except for a bug of the generator itself.
            if (row[0] != "CG0900" && (!section.Contains("\nWrong", StringComparison.Ordinal) || !section.Contains("\nRight:", StringComparison.Ordinal)))
            {
                problems.Add(row[0] + ": no wrong and right example");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_README_links_the_diagnostics_page_and_its_anchors_exist()
    {
        string readme = File.ReadAllText(TestPaths.InRepo("README.md"));
        string docs = File.ReadAllText(TestPaths.InRepo("docs/diagnostics.md"));

        Assert.Contains("(docs/diagnostics.md", readme, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(readme, "docs/diagnostics\\.md#([a-z0-9-]+)"))
        {
            string anchor = link.Groups[1].Value;
            Assert.True(docs.Contains("<a id=\"" + anchor + "\"></a>", StringComparison.Ordinal) || GitHubAnchors(docs).Contains(anchor), "README links docs/diagnostics.md#" + anchor + ", which does not exist");
        }
    }

    /// <summary>The anchors GitHub gives the page's headings: lowercase, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> GitHubAnchors(string markdown) =>
        new(
            markdown.Split('\n')
                .Where(l => l.StartsWith('#'))
                .Select(l => new string(l.TrimStart('#').Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-').ToArray()).Replace(' ', '-')),
            StringComparer.Ordinal);

    /// <summary>The rule rows of an AnalyzerReleases table: id, category, severity, notes.</summary>
    private static IEnumerable<string[]> ReleaseRows(IEnumerable<string> lines) =>
        lines.Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 3 && c[0].StartsWith("CG", StringComparison.Ordinal));
}
