using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Cli.Tests.Infrastructure;

namespace Corpus.Cli.Tests;

/// <summary>The real corpus and the unicode fixture, each rendered once for the tests of this class.</summary>
public sealed class RenderedSites : IDisposable
{
    private readonly TempDirectory _root = new();

    public RenderedSites()
    {
        Real = _root.Combine("real");
        Unicode = _root.Combine("unicode");
        RealRun = CliRun.Run("render", TestPaths.RealCorpus, "--out", Real);
        UnicodeRun = CliRun.Run("render", TestPaths.Fixture("unicode"), "--out", Unicode);
    }

    public string Real { get; }

    public string Unicode { get; }

    internal CliResult RealRun { get; }

    internal CliResult UnicodeRun { get; }

    public void Dispose() => _root.Dispose();
}

/// <summary><c>corpus render</c>: a static site whose every link works, with no JavaScript.</summary>
public sealed class RenderCommandTests : IClassFixture<RenderedSites>
{
    private readonly RenderedSites _sites;

    public RenderCommandTests(RenderedSites sites) => _sites = sites;

    [Fact]
    public void One_page_per_article_and_per_entity_plus_the_two_indexes()
    {
        Assert.Equal(0, _sites.RealRun.ExitCode);
        // 2 articles + 66 entities + index.html and entities.html.
        Assert.Equal(
            "Rendered 70 pages to " + _sites.Real + " (open " + Path.Combine(_sites.Real, "index.html") + ")",
            _sites.RealRun.Output.TrimEnd('\n'));
        Assert.Equal(string.Empty, _sites.RealRun.Error);
        Assert.Equal(new[] { "china-may-chafe.html", "china-north-korea-ukraine-war.html" }, Names(Path.Combine(_sites.Real, "articles")));
        Assert.Equal(66, Names(Path.Combine(_sites.Real, "entities")).Length);
        Assert.Contains("victor-cha.html", Names(Path.Combine(_sites.Real, "entities")));
        Assert.Equal(new[] { "entities.html", "index.html", "style.css" }, Names(_sites.Real));
    }

    [Theory]
    [InlineData("real")]
    [InlineData("unicode")]
    public void Every_link_resolves_to_a_generated_file_and_anchor(string site)
    {
        string root = site == "real" ? _sites.Real : _sites.Unicode;
        int checkedLinks = 0, anchors = 0;
        foreach (string page in Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(page);
            foreach (string link in HtmlPage.Links(html))
            {
                if (link.StartsWith("https://www.wikidata.org/wiki/Q", StringComparison.Ordinal))
                {
                    continue; // the only external links: an entity's Wikidata item
                }

                Assert.DoesNotMatch("^[a-z]+:", link); // relative, so the site works from any folder
                string[] parts = link.Split('#', 2);
                string target = parts[0].Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, parts[0]));
                Assert.True(File.Exists(target), Path.GetRelativePath(root, page) + ": " + link + " points to no file");
                Assert.StartsWith(Path.GetFullPath(root), target, StringComparison.Ordinal);
                if (parts.Length == 2)
                {
                    Assert.True(HtmlPage.Ids(File.ReadAllText(target)).Contains(parts[1]), Path.GetRelativePath(root, page) + ": " + link + " points to no anchor");
                    anchors++;
                }

                checkedLinks++;
            }
        }

        // At least every mention and every quotation is linked to (from its entity's page, or the article's list of quotations).
        Assert.True(anchors >= (site == "real" ? 250 + 38 : 17 + 5), checkedLinks + " links, " + anchors + " anchors");
    }

    [Theory]
    [InlineData("real")]
    [InlineData("unicode")]
    public void No_page_needs_javascript(string site)
    {
        string root = site == "real" ? _sites.Real : _sites.Unicode;
        foreach (string page in Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(page);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\son[a-z]+=", html);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<link rel=\"stylesheet\" href=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Mentions_are_highlighted_by_kind_with_a_colour_legend()
    {
        string html = File.ReadAllText(Path.Combine(_sites.Real, "articles", "china-may-chafe.html"));
        string css = File.ReadAllText(Path.Combine(_sites.Real, "style.css"));

        // One highlighted element with an anchor per mention: 91 in this article, each linking to its entity.
        Assert.Equal(91, Regex.Matches(html, @"class=""mention k-[a-z]+"" id=""m\d+""").Count);
        Assert.Contains("<a class=\"mention k-person\" id=\"m53\" href=\"../entities/victor-cha.html\" title=\"Victor D. Cha · person\">Victor D. Cha</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"mention k-country\" id=\"m1\" href=\"../entities/china.html\" title=\"China · country\">China</a>", html, StringComparison.Ordinal);
        foreach ((string kind, string colour) in new[] { ("person", "#ffd6a5"), ("organization", "#bde0fe"), ("country", "#caffbf"), ("place", "#fdffb6"), ("group", "#ffc6ff"), ("event", "#ffadad"), ("work", "#d9d2e9") })
        {
            Assert.Contains("<li><span class=\"mention k-" + kind + "\">" + kind + "</span></li>", html, StringComparison.Ordinal);
            Assert.Matches(@"\.k-" + kind + @"\s*\{[^}]*--bg:\s*" + colour + ";", css);
        }
    }

    [Fact]
    public void Quotations_are_boxed_with_their_speaker()
    {
        string html = File.ReadAllText(Path.Combine(_sites.Real, "articles", "china-may-chafe.html"));

        List<string> cha = HtmlPage.SpanTexts(html, @"<span class=""quote q-[a-z]+"" id=""q\d+""[^>]*data-speaker=""victor-cha"">");
        Assert.Equal(
            new[]
            {
                "Beijing may not know how to rein in North Korea’s efforts to help the KremlinVictor D. Cha",
                "“China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,”Victor D. Cha",
                "“There is nothing good for them in this, short or long term.”Victor D. Cha",
            },
            cha);
        Assert.Contains("<span class=\"speaker\"><a href=\"../entities/victor-cha.html\">Victor D. Cha</a></span>", html, StringComparison.Ordinal);
        Assert.Matches(@"\.quote\s*\{[^}]*border:", File.ReadAllText(Path.Combine(_sites.Real, "style.css")));
    }

    [Fact]
    public void An_entity_page_lists_its_quotes_and_mentions_across_articles()
    {
        string html = File.ReadAllText(Path.Combine(_sites.Real, "entities", "victor-cha.html"));
        string china = File.ReadAllText(Path.Combine(_sites.Real, "entities", "china.html"));

        Assert.Equal(3, Regex.Matches(html, @"<blockquote id=""china-may-chafe-q\d+"">").Count);
        // His third quote is the article's fifth: what Austin revealed and what China accuses come first.
        Assert.Contains("<blockquote id=\"china-may-chafe-q5\">There is nothing good for them in this, short or long term.<span class=\"where\">direct · <a href=\"../articles/china-may-chafe.html#q5\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, @"<a class=""mention k-person"" href=""../articles/china-may-chafe.html#m\d+"">").Count);
        Assert.Contains(">Mr. Cha</a>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Uses</dt><dd>2 mentions, 3 quotes, 1 article</dd>", html, StringComparison.Ordinal);
        // China is mentioned in both articles: one list of mentions per article.
        Assert.Equal(2, Regex.Matches(china, @"<h3><a href=""../articles/[a-z0-9-]+\.html"">").Count);
        Assert.Equal(46, Regex.Matches(china, @"<a class=""mention k-country"" href=""../articles/").Count);
    }

    [Fact]
    public void Text_from_the_corpus_is_escaped()
    {
        string html = File.ReadAllText(Path.Combine(_sites.Unicode, "articles", "notes-on-the-engine.html"));

        Assert.Equal(0, _sites.UnicodeRun.ExitCode);
        Assert.Contains("<h1>Notes on the &lt;Engine&gt; &amp; the 𝓐nalytical 🚀 age</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>&lt;b&gt;bold&lt;/b&gt; &amp; co</dd>", html, StringComparison.Ordinal);
        Assert.Contains("The &lt;tags&gt; &amp; ampersands in ", html, StringComparison.Ordinal);
        Assert.Contains("class=\"quote q-unattributed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_called_index_does_not_overwrite_the_entity_list()
    {
        using var corpus = new TempDirectory();
        using var site = new TempDirectory();
        File.WriteAllText(corpus.Combine("entities.txt"), "@index work\nname: The Index\n");
        Directory.CreateDirectory(corpus.Combine("articles"));
        File.WriteAllText(corpus.Combine("articles", "a.txt"), "---\ntitle: A\n---\nSee [The Index]{@index}.\n");

        CliResult result = CliRun.Run("render", corpus.Path, "--out", site.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<h1>The Index</h1>", File.ReadAllText(site.Combine("entities", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<h1>Entities</h1>", File.ReadAllText(site.Combine("entities.html")), StringComparison.Ordinal);
    }

    private static string[] Names(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal).ToArray()!;
}
