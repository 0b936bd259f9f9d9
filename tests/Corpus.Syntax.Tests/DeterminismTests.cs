using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Syntax.Tests;

public class DeterminismTests
{
    private static readonly (string Path, string Text)[] Files =
    {
        ("corpus/entities.txt", "@a person\nname: A\naffiliations: @org; @missing\n\n@b person\nname: B\n\n@dup person\nname: Dup\n\n@unused place\nname: Unused\n"),
        ("corpus/more/org.entities.txt", "@org organization\nname: Org\n\n@dup person\nname: Dup again\n\n@x-1 group\nname: X\n\n@x1 group\nname: X\n"),
        ("corpus/news/one.txt", "---\ntitle: One\nsource: @org\n---\n[A]{@a} said: “Yes.”{@b}\n\n[Dup]{@dup} {@oops}\n"),
        ("corpus/news/two.txt", "---\ntitle: Two\nid: one\n---\n[B]{@b}\n"),
        ("corpus/news/three.txt", "---\ntitle: Three\n---\n“Unattributed” [Whoever]{@nobody}\n"),
        ("corpus/news/Bad Name.txt", "---\ntitle: Bad\n---\nText.\n"),
    };

    [Fact]
    public void The_order_of_the_files_does_not_change_the_result()
    {
        CorpusCompilation forward = TestCorpus.Compile(Files);
        CorpusCompilation backward = TestCorpus.Compile(Files.Reverse().ToArray());
        CorpusCompilation shuffled = TestCorpus.Compile(Files[3], Files[1], Files[5], Files[0], Files[4], Files[2]);

        Assert.True(forward.Diagnostics.Count > 5, DiagnosticAssert.Describe(forward.Diagnostics));
        foreach (CorpusCompilation other in new[] { backward, shuffled })
        {
            Assert.Equal(forward.Diagnostics, other.Diagnostics);
            Assert.Equal(forward.Articles, other.Articles);
            Assert.Equal(forward.Entities, other.Entities);
        }
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_then_position()
    {
        CorpusCompilation compilation = TestCorpus.Compile(Files);

        List<(string FilePath, int Start)> keys = compilation.Diagnostics.Select(d => (d.FilePath, d.Span.Start)).ToList();
        List<(string FilePath, int Start)> sorted = keys.OrderBy(k => k.FilePath, StringComparer.Ordinal).ThenBy(k => k.Start).ToList();
        Assert.Equal(sorted, keys);
    }

    [Fact]
    public void Articles_and_entities_are_sorted_by_id()
    {
        CorpusCompilation compilation = TestCorpus.Compile(Files);

        Assert.Equal(new[] { "one", "three" }, compilation.Articles.Select(a => a.Article.Id));
        Assert.Equal(new[] { "a", "b", "dup", "org", "unused", "x-1" }, compilation.Entities.Entities.Select(e => e.Id));
    }

    [Fact]
    public void The_first_file_in_ordinal_path_order_wins_a_duplicate()
    {
        CorpusCompilation compilation = TestCorpus.Compile(Files.Reverse().ToArray());

        Assert.Equal("corpus/news/one.txt", compilation.Articles[0].Article.FilePath);
        Assert.Equal("Dup", compilation.Entities.Find("dup")!.Name);
    }

    [Fact]
    public void CRLF_and_LF_corpora_give_equal_articles_and_diagnostic_positions()
    {
        CorpusCompilation lf = TestCorpus.Compile(Files);
        CorpusCompilation crlf = TestCorpus.Compile(Files.Select(f => (f.Path, f.Text.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());

        Assert.Equal(lf.Articles.Select(a => a.Article.Body), crlf.Articles.Select(a => a.Article.Body));
        Assert.Equal(
            lf.Articles.SelectMany(a => a.Article.Mentions).Select(m => (m.Start, m.Length, m.Text, m.Span.Line, m.Span.Column)),
            crlf.Articles.SelectMany(a => a.Article.Mentions).Select(m => (m.Start, m.Length, m.Text, m.Span.Line, m.Span.Column)));
        Assert.Equal(
            lf.Articles.SelectMany(a => a.Article.Quotations).Select(q => (q.Start, q.Length, q.Text, q.Kind, q.Span.Line, q.Span.Column)),
            crlf.Articles.SelectMany(a => a.Article.Quotations).Select(q => (q.Start, q.Length, q.Text, q.Kind, q.Span.Line, q.Span.Column)));
        Assert.Equal(
            lf.Diagnostics.Select(d => (d.Id, d.FilePath, d.Span.Line, d.Span.Column, d.Message)),
            crlf.Diagnostics.Select(d => (d.Id, d.FilePath, d.Span.Line, d.Span.Column, d.Message)));
    }
}
