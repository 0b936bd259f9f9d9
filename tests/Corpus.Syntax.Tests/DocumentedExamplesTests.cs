using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

/// <summary>
/// docs/diagnostics.md is checked like code: every id of the catalogue has one section with
/// its severity, category and message; every section about corpus text has a wrong and a
/// right example; and each wrong example, compiled, reports exactly the lines the page shows,
/// while the right one reports nothing.
/// </summary>
public class DocumentedExamplesTests
{
    /// <summary>
    /// Ids with no corpus text to show: the file is too large, unreadable, the generator failed,
    /// or the project is at fault (C# version, namespace properties, its own C#: the generator's
    /// tests check those examples, in NamespaceSettingTests and HostileConsumerTests).
    /// </summary>
    private static readonly string[] WithoutFileExamples = { "CG0003", "CG0004", "CG0900", "CG0901", "CG0902", "CG0903", "CG0904" };

    /// <summary>Ids whose wrong input cannot be written: CG0900 is a bug of the generator itself.</summary>
    private static readonly string[] WithoutWrongExample = { "CG0900" };

    private static readonly Lazy<string> Page = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_has_one_section_with_its_message_and_a_wrong_and_a_right_example(string id)
    {
        DiagnosticDescriptor descriptor = DiagnosticDescriptors.Get(id);
        Assert.Single(Regex.Matches(Page.Value, "^## " + id + ":", RegexOptions.Multiline));
        string section = Section(id);

        Assert.Contains("- **Message:** `" + descriptor.MessageFormat.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal) + "`", section, StringComparison.Ordinal);
        if (!WithoutWrongExample.Contains(id))
        {
            Assert.Matches(new Regex("^Wrong( \\(.*\\))?:( |$)", RegexOptions.Multiline), section);
            Assert.Matches(new Regex("^Right:( |$)", RegexOptions.Multiline), section);
        }

        Assert.Matches(new Regex("^Shown:$", RegexOptions.Multiline), section);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_wrong_example_reports_what_the_page_shows_and_the_right_one_nothing(string id)
    {
        if (WithoutFileExamples.Contains(id))
        {
            return;
        }

        string section = Section(id);
        int wrong = section.IndexOf("\nWrong:", StringComparison.Ordinal);
        int right = section.IndexOf("\nRight:", StringComparison.Ordinal);
        int shown = section.IndexOf("\nShown:", StringComparison.Ordinal);
        Assert.True(wrong >= 0 && right > wrong && shown > right, id + ": expected Wrong:, Right: and Shown: in this order");

        Dictionary<string, string> wrongFiles = Files(section.Substring(wrong, right - wrong));
        var rightFiles = new Dictionary<string, string>(wrongFiles, StringComparer.Ordinal); // files not repeated are unchanged
        string rightPart = section.Substring(right, shown - right);
        foreach (KeyValuePair<string, string> file in Files(rightPart))
        {
            rightFiles[file.Key] = file.Value;
        }

        foreach (Match deleted in Regex.Matches(rightPart, "^`(corpus/[^`]+)` is deleted\\.$", RegexOptions.Multiline))
        {
            Assert.True(rightFiles.Remove(deleted.Groups[1].Value), id + ": the deleted file is not in the wrong example");
        }

        string[] expected = CodeBlocks(section.Substring(shown)).First().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        bool info = DiagnosticDescriptors.Get(id).DefaultSeverity == DiagnosticSeverity.Info;

        bool recallAid = RecallAidIds.Contains(id);
        Assert.Equal(expected, Compile(wrongFiles, recallAid).Where(d => info || d.Severity != DiagnosticSeverity.Info).Select(d => d.ToMSBuildString()).ToArray());
        Assert.Empty(Compile(rightFiles, recallAid).Where(d => (recallAid && d.Id != "CG0208") || d.Severity != DiagnosticSeverity.Info).Select(d => d.ToMSBuildString()));
    }

    /// <summary>The recall aid's ids: <c>corpus check</c> adds them to the compilation's diagnostics, and so do these examples.</summary>
    private static readonly string[] RecallAidIds = { "CG0312", "CG0313" };

    private static IReadOnlyList<CorpusDiagnostic> Compile(Dictionary<string, string> files, bool recallAid = false)
    {
        var all = new Dictionary<string, string>(files, StringComparer.Ordinal);
        if (!all.Keys.Any(p => p.EndsWith("entities.txt", StringComparison.Ordinal)))
        {
            all["corpus/entities.txt"] = DefaultRegistry();
        }

        CorpusCompilation compilation = TestCorpus.Compile(all.Select(f => (f.Key, f.Value)).ToArray());
        if (!recallAid)
        {
            return compilation.Diagnostics;
        }

        var suggester = new Corpus.Syntax.Annotation.AnnotationSuggester(compilation.Entities);
        var diagnostics = new List<CorpusDiagnostic>(compilation.Diagnostics);
        foreach (Corpus.Syntax.Binding.BoundArticle bound in compilation.Articles)
        {
            diagnostics.AddRange(Corpus.Syntax.Annotation.RecallAid.Diagnose(bound.Article, all[bound.Article.FilePath], suggester));
        }

        diagnostics.Sort(CorpusDiagnosticComparer.Instance);
        return diagnostics;
    }

    /// <summary>The registry the page says every article-only example also has.</summary>
    private static string DefaultRegistry()
    {
        int at = Page.Value.IndexOf("the corpus also holds this registry", StringComparison.Ordinal);
        Assert.True(at >= 0, "docs/diagnostics.md no longer names the registry of its examples");
        return CodeBlocks(Page.Value.Substring(at)).First();
    }

    /// <summary>Each <c>`path`:</c> line followed by a text block, as path → text.</summary>
    private static Dictionary<string, string> Files(string part)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(part, "^`(corpus/[^`]+)`:\\n\\n```text\\n(.*?)```\\n", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            string text = match.Groups[2].Value;
            files[match.Groups[1].Value] = text == "(blank lines only)\n" ? "\n\n" : text;
        }

        return files;
    }

    private static IEnumerable<string> CodeBlocks(string part) =>
        Regex.Matches(part, "```text\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    private static string Section(string id)
    {
        string page = Page.Value;
        int start = page.IndexOf("\n## " + id + ":", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/diagnostics.md has no section for " + id);
        int next = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return next < 0 ? page.Substring(start) : page.Substring(start, next - start);
    }

    private static string RepositoryRoot()
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
