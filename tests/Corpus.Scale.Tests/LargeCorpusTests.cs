using System.Collections.Generic;
using System.Linq;
using Corpus.Model;
using Corpus.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Corpus.Scale.Tests;

/// <summary>
/// A corpus past the #US heap's 2^24-byte cap (about 8.39 M UTF-16 characters of string
/// literals, then CS8103) compiles into one assembly, because its text is a data resource,
/// not C#; the generated code grows with articles and entities, never with text; and nothing in
/// it grows into one giant switch.
/// </summary>
public sealed class LargeCorpusTests : IClassFixture<LargeCorpus>
{
    /// <summary>
    /// Roslyn's cost for one switch grows much faster than its arms (a 625-arm switch per
    /// group, a 10k corpus, cost seconds of compile); the generator keeps every switch to 64
    /// arms and a discard.
    /// </summary>
    private const int MaxArms = 64 + 1;

    private readonly LargeCorpus _corpus;

    public LargeCorpusTests(LargeCorpus corpus) => _corpus = corpus;

    [Fact]
    public void More_than_16_MB_of_article_text_compiles_into_one_assembly_and_reads_back_exactly()
    {
        Assert.DoesNotContain(_corpus.Expected.Diagnostics, d => d.Severity >= Corpus.Syntax.Diagnostics.DiagnosticSeverity.Warning);
        Assert.True(_corpus.Characters > 16_000_000, "the corpus holds only " + _corpus.Characters + " characters");

        CorpusCatalog catalog = _corpus.Compiled.Catalog;
        Assert.Equal(LargeCorpus.ArticleCount, catalog.Articles.Count);
        Article last = catalog.Articles[^1];
        ArticleFile lastExpected = _corpus.Expected.Articles[^1].Article;
        Assert.Equal(lastExpected.Id, last.Id);
        Assert.Equal(lastExpected.Title, last.Title);
        Assert.Equal(lastExpected.Body, last.Text);
        Assert.Equal(lastExpected.Quotations.Select(q => q.Text), last.Quotes.Select(q => q.Text));
        Assert.Equal(lastExpected.Quotations.Select(q => q.Speaker?.Id), last.Quotes.Select(q => q.Speaker?.Id));
        Assert.Equal(lastExpected.Mentions.Select(m => (m.Text, m.Entity.Id)), last.Mentions.Select(m => (m.Text, m.Entity.Id)));
    }

    [Fact]
    public void The_generated_code_is_a_few_percent_of_the_corpus_and_holds_none_of_its_text()
    {
        long sourceBytes = _corpus.Compiled.Sources.Values.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));
        long corpusBytes = _corpus.Files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text));

        Assert.True(sourceBytes * 20 < corpusBytes, "generated " + sourceBytes + " bytes of C# for " + corpusBytes + " bytes of corpus");
        string lastBody = _corpus.Expected.Articles[^1].Article.Body;
        string sentence = lastBody.Substring(0, lastBody.IndexOf('.', System.StringComparison.Ordinal) + 1);
        Assert.DoesNotContain(_corpus.Compiled.Sources.Values, s => s.Contains(sentence, System.StringComparison.Ordinal));
    }

    [Fact]
    public void No_switch_in_the_generated_code_has_more_than_64_arms()
    {
        var sizes = new List<(string File, int Arms)>();
        foreach (SyntaxTree tree in _corpus.Compiled.Trees)
        {
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                int arms = node switch
                {
                    SwitchExpressionSyntax e => e.Arms.Count,
                    SwitchStatementSyntax s => s.Sections.Sum(section => section.Labels.Count),
                    _ => -1,
                };
                if (arms >= 0)
                {
                    sizes.Add((System.IO.Path.GetFileName(tree.FilePath), arms));
                }
            }
        }

        Assert.All(sizes, s => Assert.True(s.Arms <= MaxArms, s.File + " has a switch of " + s.Arms + " arms"));
    }
}
