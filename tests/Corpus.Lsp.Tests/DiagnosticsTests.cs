using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Lsp.Tests.Infrastructure;

namespace Corpus.Lsp.Tests;

/// <summary>Diagnostics as the author types: the build's ids, messages, ranges and severities, per document version.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task An_unknown_id_is_reported_at_its_exact_range_with_the_build_s_id_message_and_severity()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");

        await client.OpenAsync(uri, TestCorpus.Article.Replace("{@china}", "{@chinaa}", System.StringComparison.Ordinal));
        PublishDiagnosticsParams published = await client.DiagnosticsAsync(uri, version: 1);

        Diagnostic diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("CG0300", diagnostic.Code);
        Assert.Equal(1, diagnostic.Severity);
        Assert.Equal("Unknown entity '@chinaa' (did you mean '@china'?)", diagnostic.Message);
        Assert.Equal(new Range(new Position(3, 8), new Position(3, 15)), diagnostic.Range);
        Assert.Equal("corpus", diagnostic.Source);
        Assert.Equal("https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#cg0300", diagnostic.CodeDescription!.Href);
    }

    [Fact]
    public async Task An_incremental_edit_updates_the_diagnostics_of_the_new_version()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article.Replace("{@china}", "{@chinaa}", System.StringComparison.Ordinal));
        Assert.Single((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);

        // Delete the second 'a' of '@chinaa' (line 3, characters 14..15).
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(3, 14), new Position(3, 15)), string.Empty));
        Assert.Empty((await client.DiagnosticsAsync(uri, version: 2)).Diagnostics);

        // Type a character into the id again: '@chxina'.
        await client.ChangeAsync(uri, 3, new TextDocumentContentChangeEvent(new Range(new Position(3, 11), new Position(3, 11)), "x"));
        Diagnostic diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, version: 3)).Diagnostics);
        Assert.Equal("Unknown entity '@chxina' (did you mean '@china'?)", diagnostic.Message);
        Assert.Equal(new Range(new Position(3, 8), new Position(3, 15)), diagnostic.Range);
    }

    [Fact]
    public async Task A_full_text_change_replaces_the_document()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article);
        Assert.Empty((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);

        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, "---\ntitle: T\n---\n“Hello.”\n"));
        Diagnostic diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, version: 2)).Diagnostics);
        Assert.Equal("CG0305", diagnostic.Code);
        Assert.Equal(2, diagnostic.Severity);
        Assert.Equal("Unattributed quotation 'Hello.': attribute it with {@id} or mark it {term}", diagnostic.Message);
        Assert.Equal(new Range(new Position(3, 0), new Position(3, 1)), diagnostic.Range); // the build reports the opening mark
    }

    [Fact]
    public async Task Ranges_count_UTF16_code_units_and_lines_break_at_CRLF()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        // CRLF endings, and a character outside the BMP (two UTF-16 code units) before the id.
        string text = "---\r\ntitle: Talks\r\n---\r\n\U0001F600 [China]{@chinaa} met.\r\n";

        await client.OpenAsync(uri, text);
        Diagnostic diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);

        Assert.Equal("CG0300", diagnostic.Code);
        Assert.Equal(new Range(new Position(3, 11), new Position(3, 18)), diagnostic.Range);
    }

    [Fact]
    public async Task A_globalconfig_above_the_corpus_sets_severities_and_turns_rules_off()
    {
        using var corpus = new TestCorpus();
        // The corpus folder's parent holds the config, as a project folder above corpus/ would.
        string project = corpus.PathOf("project");
        Directory.CreateDirectory(project + "/corpus/articles");
        File.WriteAllText(project + "/.globalconfig", "is_global = true\ndotnet_diagnostic.CG0305.severity = none\ndotnet_diagnostic.CG0313.severity = none\ndotnet_diagnostic.CG0306.severity = error # fail the build\n");
        File.WriteAllText(project + "/corpus/entities.txt", TestCorpus.Registry);
        string article = "---\ntitle: T\n---\n“Hello.” [Cha]{@victor-cha} said.\n";
        File.WriteAllText(project + "/corpus/articles/a.txt", article);
        await using LspTestClient client = await LspTestClient.StartAsync(project + "/corpus");
        string uri = corpus.Uri("project/corpus/articles/a.txt");

        await client.OpenAsync(uri, article);
        Diagnostic diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);

        Assert.Equal("CG0306", diagnostic.Code);
        Assert.Equal(1, diagnostic.Severity);
        Assert.Equal("The mention 'Cha' is neither the name nor an alias of '@victor-cha'; add it to the entity's aliases", diagnostic.Message);
        Assert.Equal(new Range(new Position(3, 9), new Position(3, 27)), diagnostic.Range);
    }

    [Fact]
    public async Task Files_not_open_are_reported_when_the_client_is_ready_and_a_registry_edit_updates_every_article()
    {
        using var corpus = new TestCorpus();
        corpus.Write("articles/other.txt", "---\ntitle: Other\n---\n[Seoul]{@seoul} listened.\n");
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string other = corpus.Uri("articles/other.txt");

        PublishDiagnosticsParams initial = await client.DiagnosticsAsync(other);
        Assert.Null(initial.Version);
        Assert.Equal("Unknown entity '@seoul'", Assert.Single(initial.Diagnostics).Message);

        // Declaring the entity in the open registry clears the article that was never opened.
        string registry = corpus.Uri("entities.txt");
        await client.OpenAsync(registry, TestCorpus.Registry);
        await client.ChangeAsync(registry, 2, new TextDocumentContentChangeEvent(new Range(new Position(13, 0), new Position(13, 0)), "\n@seoul place\nname: Seoul\n"));

        Assert.Empty((await client.DiagnosticsAsync(other, p => p.Diagnostics.Count == 0)).Diagnostics);
        Assert.Empty((await client.DiagnosticsAsync(registry, version: 2)).Diagnostics);
    }

    [Fact]
    public async Task A_text_file_outside_the_corpus_folder_is_left_alone()
    {
        using var corpus = new TestCorpus();
        string outside = Path.Combine(Path.GetTempPath(), "corpus-lsp-tests", "README-" + System.Guid.NewGuid().ToString("N") + ".txt");
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = new System.Uri(outside).AbsoluteUri;

        await client.OpenAsync(uri, "Just notes, “quoted” and [bracketed]{@nothing}.");
        string inside = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(inside, TestCorpus.Article);
        await client.DiagnosticsAsync(inside, version: 1);

        Assert.DoesNotContain(client.Published, p => p.Uri == uri);
        Assert.Null(await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(0, 30))));
    }

    [Fact]
    public async Task A_changed_globalconfig_is_read_again_when_the_client_reports_it()
    {
        using var corpus = new TestCorpus();
        await using LspTestClient client = await LspTestClient.StartAsync(corpus.Root);
        string uri = corpus.Uri("articles/talks.txt");
        await client.OpenAsync(uri, TestCorpus.Article.Replace("[Mr. Cha]", "[Cha]", System.StringComparison.Ordinal));
        Diagnostic warning = Assert.Single((await client.DiagnosticsAsync(uri, version: 1)).Diagnostics);
        Assert.Equal(("CG0306", 2), (warning.Code, warning.Severity));

        File.WriteAllText(corpus.PathOf(".globalconfig"), "is_global = true\ndotnet_diagnostic.CG0306.severity = error\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams(new[] { new FileEvent(corpus.Uri(".globalconfig"), 1) }));

        Diagnostic error = Assert.Single((await client.DiagnosticsAsync(uri, p => p.Diagnostics.Count == 1 && p.Diagnostics[0].Severity == 1)).Diagnostics);
        Assert.Equal(warning.Range, error.Range);
    }
}
