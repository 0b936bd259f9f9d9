using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>
/// For random and mutated inputs the parser and binder never throw, and every diagnostic and
/// annotation lies inside its file (<see cref="SyntaxInvariants"/>). A failure prints the
/// shrunk input and FsCheck's seed; the run is reproducible with that seed.
/// </summary>
public sealed class ParserPropertyTests
{
    /// <summary>Inputs per property in the normal suite: each real-article input parses a 10 KB registry too. The fuzzer goes further.</summary>
    private const int Tests = 100;

    [Fact]
    public void Mutated_real_articles_never_break_the_invariants() =>
        Check(Mutations.MutatedArticle(), text => SyntaxInvariants.Check(WithRegistry(text)));

    [Fact]
    public void Truncated_real_articles_never_break_the_invariants() =>
        Check(Mutations.TruncatedArticle(), text => SyntaxInvariants.Check(WithRegistry(text)), tests: 50);

    [Fact]
    public void Random_bytes_never_break_the_invariants_as_article_or_registry() =>
        Check(Mutations.RandomBytes(), SyntaxInvariants.CheckAlone);

    [Fact]
    public void Random_markup_never_breaks_the_invariants_as_article_or_registry() =>
        Check(Mutations.MarkupSoup(), SyntaxInvariants.CheckAlone);

    [Fact]
    public void Mutated_registries_never_break_the_invariants()
    {
        Gen<string> registries =
            from article in Mutations.MutatedArticle()
            from cut in Gen.Choose(0, 200)
            select RealTexts.Registry.Substring(cut * RealTexts.Registry.Length / 400) + article;
        Check(registries, text => SyntaxInvariants.Check(new[]
        {
            new CorpusSourceFile("corpus/entities.txt", text),
            new CorpusSourceFile("corpus/articles/a.txt", RealTexts.Articles[0]),
        }),
        tests: 30);
    }

    [Fact]
    public void Mutated_inputs_repeated_to_half_a_megabyte_parse_in_linear_time()
    {
        // Whatever the mutations make of the grammar, more of it costs proportionally more.
        foreach (string mutated in Mutations.MutatedArticle().Sample(2).Append(Mutations.MarkupSoup().Resize(2_000).Sample(1).Single()))
        {
            string seed = mutated.Length == 0 ? "x" : mutated;
            string Input(int length) => new System.Text.StringBuilder(length + seed.Length).Insert(0, seed, (length / seed.Length) + 1).ToString(0, length);

            try
            {
                LinearTime.Assert(Input, text => CorpusCompilation.Create(WithRegistry(text)), 500_000);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new Xunit.Sdk.XunitException(e.Message + "; the repeated input: " + seed.Substring(0, Math.Min(seed.Length, 300)), e);
            }
        }
    }

    [Fact]
    public void The_mutations_reach_the_grammar()
    {
        // A generator that only produced clean text would make the properties above vacuous.
        var diagnosed = Mutations.MutatedArticle().Sample(40)
            .Select(text => SyntaxInvariants.Check(WithRegistry(text)).Diagnostics.Select(d => d.Id))
            .SelectMany(ids => ids)
            .Distinct()
            .ToList();

        Assert.True(diagnosed.Count >= 8, "the mutations produced only " + string.Join(", ", diagnosed));
        Assert.Contains("CG0302", diagnosed); // unclosed annotation
        Assert.Contains("CG0304", diagnosed); // misplaced annotation
    }

    private static CorpusSourceFile[] WithRegistry(string article) => new[]
    {
        new CorpusSourceFile("corpus/entities.txt", RealTexts.Registry),
        new CorpusSourceFile("corpus/articles/mutated.txt", article),
    };

    private static void Check(Gen<string> inputs, Action<string> property, int tests = Tests)
    {
        // Shrinking a string removes characters until the smallest failing input is left.
        Arbitrary<string> arbitrary = Arb.From(inputs, text => Enumerable.Range(0, Math.Min(text.Length, 64))
            .Select(i => text.Remove(i * text.Length / Math.Min(text.Length, 64), Math.Max(1, text.Length / 64))));
        Prop.ForAll(arbitrary, property).Check(Config.QuickThrowOnFailure.WithMaxTest(tests).WithEndSize(500).WithQuietOnSuccess(true));
    }
}
