using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Syntax.Tests;

/// <summary>
/// Keeps docs/format.md honest: every complete file it shows (fenced <c>corpus-registry</c>
/// or <c>corpus-article</c>) is compiled, and must report exactly the <c>diagnostics</c>
/// block that follows it (none when there is none) and produce the annotations of the
/// <c>corpus-result</c> block that follows it, if any. Article examples are compiled with
/// the page's first registry; other registries on their own.
/// </summary>
public sealed class FormatDocTests
{
    private const string DefaultArticlePath = "corpus/articles/example.txt";
    private const string RegistryPath = "corpus/entities.txt";

    private static readonly Regex ResultLine = new(
        @"^(?<what>paragraph|mention|quote|term|field(?= ))( (?<fieldname>summary|image|image-credit|note)(?=:))?( (?<kind>direct|partial|indirect))?( (?<who>@[a-z0-9-]+|-))?( (?<name>#[a-z0-9-]+))?( in (?<field>[a-z-]+))?( at (?<start>[0-9]+)\+(?<length>[0-9]+))?: (?<text>.*)$",
        RegexOptions.CultureInvariant);

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (Example example in ReadExamples())
        {
            data.Add(example.Title);
        }

        return data;
    }

    [Fact]
    public void The_page_shows_complete_examples_of_both_kinds_with_their_results()
    {
        List<Example> examples = ReadExamples();

        Assert.True(examples.Count(e => e.Language == "corpus-article") >= 12, "article examples: " + examples.Count(e => e.Language == "corpus-article"));
        Assert.True(examples.Count(e => e.Language == "corpus-registry") >= 2);
        Assert.True(examples.Count(e => e.Result is not null) >= 12);
        Assert.True(examples.Count(e => e.Diagnostics.Count > 0) >= 3);
    }

    [Fact]
    public void Every_link_to_a_diagnostic_names_a_section_of_diagnostics_md_and_every_corpus_diagnostic_is_linked()
    {
        string root = FindRepositoryRoot();
        string page = File.ReadAllText(Path.Combine(root, "docs", "format.md"));
        string diagnostics = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));

        string[] linked = Regex.Matches(page, @"diagnostics\.md#(cg[0-9]{4})").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();
        Assert.All(linked, anchor => Assert.Contains("<a id=\"" + anchor + "\"></a>", diagnostics, StringComparison.Ordinal));

        // CG09xx are about the generator itself, not about what an author writes.
        string[] authorDiagnostics = DiagnosticDescriptors.All.Select(d => d.Id.ToLowerInvariant()).Where(id => !id.StartsWith("cg09", StringComparison.Ordinal)).ToArray();
        Assert.Equal(authorDiagnostics, authorDiagnostics.Where(id => linked.Contains(id, StringComparer.Ordinal)));
    }

    [Fact]
    public void The_page_registry_is_an_excerpt_of_the_real_registry()
    {
        string root = FindRepositoryRoot();
        Example page = ReadExamples().First(e => e.Language == "corpus-registry");
        RegistryFile excerpt = Parsing.RegistryParser.Parse(RegistryPath, page.Text);
        RegistryFile real = Parsing.RegistryParser.Parse(RegistryPath, File.ReadAllText(Path.Combine(root, "corpus", "entities.txt")));

        Assert.Empty(excerpt.Diagnostics);
        foreach (EntityDeclaration shown in excerpt.Entities)
        {
            EntityDeclaration? declared = real.Entities.SingleOrDefault(e => e.Id == shown.Id);
            Assert.True(declared is not null, shown.Id + " is not in corpus/entities.txt");
            Assert.Equal((shown.Id, shown.Kind, shown.Name), (declared!.Id, declared.Kind, declared.Name));

            // The excerpt may leave a key out, but what it shows is what the corpus says.
            Assert.True(shown.Aliases.Count == 0 || shown.Aliases.SequenceEqual(declared.Aliases), shown.Id + ": aliases");
            Assert.True(shown.Description is null || shown.Description == declared.Description, shown.Id + ": description");
            Assert.True(shown.WikidataId is null || shown.WikidataId == declared.WikidataId, shown.Id + ": wikidata");
            Assert.True(shown.Affiliations.Count == 0 || shown.Affiliations.Select(r => r.Id).SequenceEqual(declared.Affiliations.Select(r => r.Id)), shown.Id + ": affiliations");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_reports_what_the_page_says(string title)
    {
        List<Example> examples = ReadExamples();
        Example example = examples.Single(e => e.Title == title);
        CorpusCompilation compilation = Compile(example, examples.First(e => e.Language == "corpus-registry"));

        // A small example registry declares more than one example mentions: CG0208 is expected noise.
        string[] reported = compilation.Diagnostics
            .Where(d => d.Id != DiagnosticDescriptors.EntityNeverMentioned.Id)
            .Select(d => d.ToMSBuildString())
            .ToArray();
        // Compared as one text each, so a failure shows every line in full.
        Assert.Equal(string.Join("\n", example.Diagnostics), string.Join("\n", reported));

        if (example.Result is not null)
        {
            BoundArticle article = Assert.Single(compilation.Articles, a => a.Article.FilePath == example.Path);
            AssertResult(example.Result, article.Article);
        }
    }

    private static CorpusCompilation Compile(Example example, Example pageRegistry)
    {
        var files = new List<CorpusSourceFile>();
        if (example.Language == "corpus-article")
        {
            files.Add(new CorpusSourceFile(RegistryPath, pageRegistry.Text));
        }

        files.Add(new CorpusSourceFile(example.Path, example.Text));
        return CorpusCompilation.Create(files);
    }

    /// <summary>Each kind of line the page lists (paragraphs, mentions, …) must be the article's complete list of that kind.</summary>
    private static void AssertResult(IReadOnlyList<string> expected, ArticleFile article)
    {
        var byWhat = new Dictionary<string, List<Match>>(StringComparer.Ordinal);
        foreach (string line in expected)
        {
            Match match = ResultLine.Match(line);
            Assert.True(match.Success, "not a result line: " + line);
            string what = match.Groups["what"].Value;
            if (!byWhat.TryGetValue(what, out List<Match>? lines))
            {
                byWhat[what] = lines = new List<Match>();
            }

            lines.Add(match);
        }

        foreach (KeyValuePair<string, List<Match>> group in byWhat)
        {
            List<Item> actual = Items(group.Key, article);
            string[] want = group.Value.Select(m => m.Value).ToArray();
            string[] got = actual.Select((item, i) => item.Render(i < group.Value.Count && group.Value[i].Groups["start"].Success)).ToArray();
            Assert.Equal(string.Join("\n", want), string.Join("\n", got));
        }
    }

    private static List<Item> Items(string what, ArticleFile article) => what switch
    {
        "paragraph" => article.Paragraphs.Select(p => new Item("paragraph", null, null, null, ArticleFields.Body, p.Start, p.Length, article.Body.Substring(p.Start, p.Length))).ToList(),
        "mention" => article.Mentions.Select(m => new Item("mention", null, "@" + m.Entity.Id, m.Name, m.Field, m.Start, m.Length, m.Text)).ToList(),
        "quote" => article.Quotations.Select(q => new Item("quote", q.Kind.ToString().ToLowerInvariant(), q.Speaker is null ? "-" : "@" + q.Speaker.Id, q.Name, q.Field, q.Start, q.Length, q.Text)).ToList(),
        "term" => article.Terms.Select(t => new Item("term", null, null, null, t.Field, t.Start, t.Length, t.Text)).ToList(),
        _ => article.Fields.Select(f => new Item("field " + f.Name, null, null, null, ArticleFields.Body, 0, f.Text.Length, f.Text)).ToList(),
    };

    private static List<Example> ReadExamples()
    {
        string[] lines = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "docs", "format.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<(string Info, int Line, List<string> Lines)>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var block = (Info: lines[i].Substring(3).Trim(), Line: i + 1, Lines: new List<string>());
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                block.Lines.Add(lines[i]);
            }

            blocks.Add(block);
        }

        var examples = new List<Example>();
        for (int b = 0; b < blocks.Count; b++)
        {
            string[] info = blocks[b].Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string language = info.Length == 0 ? string.Empty : info[0];
            if (language != "corpus-article" && language != "corpus-registry")
            {
                continue;
            }

            string? path = info.Skip(1).Where(w => w.StartsWith("path=", StringComparison.Ordinal)).Select(w => w.Substring(5)).SingleOrDefault();
            var example = new Example(
                language,
                string.Create(CultureInfo.InvariantCulture, $"{language} at docs/format.md line {blocks[b].Line}"),
                path ?? (language == "corpus-registry" ? RegistryPath : DefaultArticlePath),
                string.Join("\n", blocks[b].Lines) + "\n");
            if (b + 1 < blocks.Count && blocks[b + 1].Info == "diagnostics")
            {
                example.Diagnostics.AddRange(blocks[++b].Lines);
            }

            if (b + 1 < blocks.Count && blocks[b + 1].Info == "corpus-result")
            {
                example.Result = blocks[++b].Lines;
            }

            examples.Add(example);
        }

        return examples;
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")) && File.Exists(Path.Combine(directory.FullName, "docs", "format.md")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("docs/format.md was not found above " + AppContext.BaseDirectory);
    }

    private sealed class Example
    {
        public Example(string language, string title, string path, string text)
        {
            Language = language;
            Title = title;
            Path = path;
            Text = text;
        }

        public string Language { get; }

        public string Title { get; }

        public string Path { get; }

        public string Text { get; }

        public List<string> Diagnostics { get; } = new();

        public List<string>? Result { get; set; }
    }

    /// <summary>One annotation in the page's notation: <c>what [kind] [@speaker|-] [#name] [in field] [at start+length]: text</c>.</summary>
    private sealed record Item(string What, string? Kind, string? Who, string? Name, string Field, int Start, int Length, string Text)
    {
        public string Render(bool withSpan)
        {
            var line = new StringBuilder(What);
            if (Kind is not null)
            {
                line.Append(' ').Append(Kind);
            }

            if (Who is not null)
            {
                line.Append(' ').Append(Who);
            }

            if (Name is not null)
            {
                line.Append(" #").Append(Name);
            }

            if (Field != ArticleFields.Body)
            {
                line.Append(" in ").Append(Field);
            }

            if (withSpan)
            {
                line.Append(CultureInfo.InvariantCulture, $" at {Start}+{Length}");
            }

            return line.Append(": ").Append(Text.Replace("\n", "\\n", StringComparison.Ordinal)).ToString();
        }
    }
}
