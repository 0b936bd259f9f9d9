using System.IO;
using Corpus.Cli.Lsp;
using Corpus.Lsp.Tests.Infrastructure;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Lsp.Tests;

/// <summary>The workspace keeps the corpus incrementally: what an edit re-parses and re-binds.</summary>
public sealed class WorkspaceTests
{
    [Fact]
    public void A_registry_edit_rebinds_every_article_without_parsing_any()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/other.txt", "---\ntitle: Other\n---\n[Seoul]{@seoul} listened.\n");
        var workspace = new CorpusWorkspace();
        workspace.Load(corpus.Root);
        ArticleFile talks = workspace.Get(corpus.ArticlePath)!.Article!;
        ArticleFile other = workspace.Get(corpus.PathOf("articles/other.txt"))!.Article!;
        Assert.Equal("CG0300", Assert.Single(workspace.DiagnosticsOf(corpus.PathOf("articles/other.txt"))).Id);

        var changed = workspace.Update(corpus.RegistryPath, TestCorpus.Registry + "\n@seoul place\nname: Seoul\n", version: 1);

        Assert.Same(talks, workspace.Get(corpus.ArticlePath)!.Article);
        Assert.Same(other, workspace.Get(corpus.PathOf("articles/other.txt"))!.Article);
        Assert.Empty(workspace.DiagnosticsOf(corpus.PathOf("articles/other.txt")));
        Assert.Equal(new[] { corpus.PathOf("articles/other.txt"), corpus.ArticlePath, corpus.RegistryPath }, System.Linq.Enumerable.OrderBy(changed, p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void An_article_edit_parses_and_binds_that_article_only()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/other.txt", "---\ntitle: Other\n---\n[China]{@china} listened.\n");
        var workspace = new CorpusWorkspace();
        workspace.Load(corpus.Root);
        CorpusDocument other = workspace.Get(corpus.PathOf("articles/other.txt"))!;
        ArticleFile otherArticle = other.Article!;
        BoundArticle otherBound = other.Bound!;

        var changed = workspace.Update(corpus.ArticlePath, TestCorpus.Article + "\n[PRC]{@china}\n", version: 2);

        Assert.Same(otherArticle, workspace.Get(corpus.PathOf("articles/other.txt"))!.Article);
        Assert.Same(otherBound, workspace.Get(corpus.PathOf("articles/other.txt"))!.Bound);
        Assert.Equal(new[] { corpus.ArticlePath }, changed);
        Assert.Equal("CG0306", Assert.Single(workspace.DiagnosticsOf(corpus.ArticlePath)).Id);
    }

    [Fact]
    public void An_edit_that_changes_what_the_corpus_checks_read_updates_their_diagnostics()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/other.txt", "---\ntitle: Other\n---\n[Seoul]{@seoul} listened.\n");
        var workspace = new CorpusWorkspace();
        workspace.Load(corpus.Root);
        workspace.Update(corpus.RegistryPath, TestCorpus.Registry + "\n@seoul place\nname: Seoul\n", version: 1);
        Assert.Empty(workspace.DiagnosticsOf(corpus.RegistryPath));

        // The only mention of Seoul goes: the registry now reports an unused entity (CG0208).
        var changed = workspace.Update(corpus.PathOf("articles/other.txt"), "---\ntitle: Other\n---\nNobody listened.\n", version: 2);

        Assert.Equal("CG0208", Assert.Single(workspace.DiagnosticsOf(corpus.RegistryPath)).Id);
        Assert.Contains(corpus.RegistryPath, changed);

        // A second article with the same id is a corpus-level error on the later file (in path order).
        changed = workspace.Update(corpus.PathOf("articles/x-copy.txt"), "---\nid: talks\ntitle: Copy\n---\n[China]{@china}\n", version: 1);
        Assert.Equal("CG0109", Assert.Single(workspace.DiagnosticsOf(corpus.PathOf("articles/x-copy.txt"))).Id);
        Assert.Contains(corpus.PathOf("articles/x-copy.txt"), changed);
    }

    [Fact]
    public void The_corpus_is_the_workspace_folder_or_the_shallowest_folder_below_it_with_a_registry()
    {
        using var corpus = new TestCorpus();
        string repository = corpus.PathOf("repo");
        Directory.CreateDirectory(repository + "/src/deep/corpus");
        Directory.CreateDirectory(repository + "/corpus/articles");
        Directory.CreateDirectory(repository + "/bin/corpus");
        File.WriteAllText(repository + "/bin/corpus/entities.txt", string.Empty);
        File.WriteAllText(repository + "/src/deep/corpus/entities.txt", string.Empty);
        File.WriteAllText(repository + "/corpus/entities.txt", string.Empty);

        Assert.Equal(repository + "/corpus", CorpusWorkspace.FindCorpusRoot(repository));
        Assert.Equal(corpus.Root.Replace('\\', '/'), CorpusWorkspace.FindCorpusRoot(corpus.Root));
        Assert.Null(CorpusWorkspace.FindCorpusRoot(repository + "/src/deep/corpus/..", maxDepth: 0));
        Assert.Equal(repository + "/corpus", CorpusWorkspace.FindCorpusRootAbove(repository + "/corpus/articles/new.txt"));
    }

    [Fact]
    public void Severities_come_from_dotnet_diagnostic_entries_only()
    {
        SeverityConfiguration config = SeverityConfiguration.Parse(null, "is_global = true\r\n# comment\r\ndotnet_diagnostic.CG0305.severity = none\r\ndotnet_diagnostic.cg0306.severity = suggestion ; why\r\ndotnet_diagnostic.CG0300.severity = default\r\nbuild_property.x = error\r\n");

        var unattributed = new Corpus.Syntax.Diagnostics.CorpusDiagnostic("CG0305", Corpus.Syntax.Diagnostics.DiagnosticSeverity.Warning, "m", "f", default);
        var surface = unattributed with { Id = "CG0306" };
        var unknown = unattributed with { Id = "CG0300", Severity = Corpus.Syntax.Diagnostics.DiagnosticSeverity.Error };

        Assert.Null(config.SeverityOf(unattributed));
        Assert.Equal(Corpus.Syntax.Diagnostics.DiagnosticSeverity.Info, config.SeverityOf(surface));
        Assert.Equal(Corpus.Syntax.Diagnostics.DiagnosticSeverity.Error, config.SeverityOf(unknown));
    }
}
