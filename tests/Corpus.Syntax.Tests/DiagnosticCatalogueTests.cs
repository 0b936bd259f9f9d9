using System;
using System.IO;
using System.Linq;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

public class DiagnosticCatalogueTests
{
    [Fact]
    public void Ids_are_unique_well_formed_and_in_order()
    {
        string[] ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^CG[0-9]{4}$", id));
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_descriptor_can_be_found_by_id_and_links_to_its_section()
    {
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Same(descriptor, DiagnosticDescriptors.Get(descriptor.Id));
            Assert.Equal(DiagnosticDescriptor.HelpLinkBase + descriptor.Id.ToLowerInvariant(), descriptor.HelpLink);
            Assert.EndsWith("docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLink, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_id_throws()
    {
        Assert.Throws<ArgumentException>(() => DiagnosticDescriptors.Get("CG9999"));
    }

    [Fact]
    public void A_diagnostic_prints_in_the_MSBuild_form()
    {
        CorpusDiagnostic diagnostic = TestCorpus.Body("Bad {@x}").Diagnostics.Single();

        Assert.Equal("corpus/test-article.txt(4,5): error CG0304: The annotation '{@x}' follows neither ']' nor a closing quotation mark", diagnostic.ToMSBuildString());
        Assert.Equal(diagnostic.ToMSBuildString(), diagnostic.ToString());
        Assert.Same(DiagnosticDescriptors.MisplacedAnnotation, diagnostic.Descriptor);
    }

    [Fact]
    public void Every_descriptor_has_a_section_in_docs_diagnostics_md()
    {
        string docs = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "docs", "diagnostics.md"));

        foreach (DiagnosticDescriptor d in DiagnosticDescriptors.All)
        {
            string anchor = "<a id=\"" + d.Id.ToLowerInvariant() + "\"></a>";
            string heading = "## " + d.Id + ": " + d.Title;
            Assert.Contains(anchor + "\n" + heading + "\n", docs.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

            int start = docs.IndexOf(heading, StringComparison.Ordinal);
            int next = docs.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            string section = next < 0 ? docs.Substring(start) : docs.Substring(start, next - start);
            Assert.Contains("**Severity:** " + d.DefaultSeverity, section, StringComparison.Ordinal);
            Assert.Contains("**Category:** " + d.Category, section, StringComparison.Ordinal);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(directory.FullName, "docs")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
