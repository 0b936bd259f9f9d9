using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The code generated for Fixtures/basic compiles cleanly, and at run time the library
/// gives back exactly what the corpus author wrote.
/// </summary>
public sealed class GeneratedCorpusRuntimeTests
{
    private const string ExpectedBody =
        "Beijing may not know much, said Victor D. Cha of Georgetown University.\n\n"
        + "“China is caught between paralysis and incompetence,” Mr. Cha said. “There is nothing good for them.”\n\n"
        + "He called it “oil to the fire.” China sees more harm than benefit.";

    /// <summary>Hand-written code against the generated API: it must be statically typed as documented.</summary>
    private const string Consumer = """
        namespace Consumer
        {
            internal static class Uses
            {
                public static global::Corpus.Model.Person Speaker => global::Test.Corpus.Entities.VictorCha;
                public static global::Corpus.Model.Person SamePerson => global::Test.Corpus.People.VictorCha;
                public static global::Corpus.Model.Place Place => global::Test.Corpus.Places.Beijing;
                public static global::Corpus.Model.Quote Named => global::Test.Corpus.Articles.SampleArticle.NothingGood;
                public static global::Test.Corpus.ArticleTypes.SampleArticle Article => global::Test.Corpus.Articles.SampleArticle;
                public static int Quotes => global::Test.Corpus.Quotes.All.Count;
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { Sources = new[] { Consumer } });

        DiagnosticAssert.Clean(run.Diagnostics, "from the generator");
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
        Assert.Equal(4, run.OutputCompilation.SyntaxTrees.Count() - 1);
    }

    [Fact]
    public void Article_front_matter_and_text_are_exact_at_run_time()
    {
        using LoadedCorpus corpus = Load();
        Article article = corpus.Static<Article>("Articles", "SampleArticle");

        Assert.Equal("sample-article", article.Id);
        Assert.Equal("A \"small\" sample <article>", article.Title);
        Assert.Equal("What China said about Beijing.", article.Summary);
        Assert.Equal("Sample Wire", article.Source);
        Assert.Null(article.SourceEntity);
        Assert.Equal(new DateOnly(2024, 10, 25), article.Published);
        Assert.Null(article.Updated);
        Assert.Equal("en", article.Language);
        Assert.Equal(new[] { "sample", "test" }, article.Tags);
        Assert.Equal("Foreign", article.Metadata["x-desk"]);
        Assert.Single(article.Metadata);
        Assert.Equal(ExpectedBody, article.Text);
        Assert.Equal(
            new[]
            {
                "Beijing may not know much, said Victor D. Cha of Georgetown University.",
                "“China is caught between paralysis and incompetence,” Mr. Cha said. “There is nothing good for them.”",
                "He called it “oil to the fire.” China sees more harm than benefit.",
            },
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Quotes_have_exact_text_speakers_and_kinds()
    {
        using LoadedCorpus corpus = Load();
        Article article = corpus.Static<Article>("Articles", "SampleArticle");

        Assert.Equal(
            new[]
            {
                ("China is caught between paralysis and incompetence,", "victor-cha", QuoteKind.Direct, 1),
                ("There is nothing good for them.", "victor-cha", QuoteKind.Direct, 1),
                ("China sees more harm than benefit", "china", QuoteKind.Indirect, 2),
            },
            article.Quotes.Select(q => (q.Text, q.Speaker!.Id, q.Kind, q.Paragraph!.Index)));
        Assert.All(article.Quotes, q => Assert.Equal(TextField.Body, q.Field));

        Quote says = Assert.Single(article.Quotes, q => q.Text.StartsWith("China sees", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Indirect, says.Kind);
        Assert.IsType<Country>(says.Speaker);

        Quote named = LoadedCorpus.Instance<Quote>(article, "NothingGood");
        Assert.Equal("There is nothing good for them.", named.Text);
        Assert.Same(article.Quotes[1], named);

        Term term = Assert.Single(article.Terms);
        Assert.Equal("oil to the fire.", term.Text);
        Assert.Equal("“oil to the fire.”", article.Text.Substring(term.Start - 1, term.Length + 2));

        Assert.Equal(3, corpus.Static<System.Collections.Generic.IReadOnlyList<Quote>>("Quotes", "All").Count);
    }

    [Fact]
    public void Mentions_have_exact_surface_texts_fields_and_entities()
    {
        using LoadedCorpus corpus = Load();
        Article article = corpus.Static<Article>("Articles", "SampleArticle");

        Assert.Equal(
            new[]
            {
                ("Body", "Beijing", "beijing"),
                ("Body", "Victor D. Cha", "victor-cha"),
                ("Body", "Georgetown University", "georgetown-university"),
                ("Body", "China", "china"),
                ("Body", "Mr. Cha", "victor-cha"),
                ("Summary", "China", "china"),
                ("Summary", "Beijing", "beijing"),
            },
            article.Mentions.Select(m => (m.Field.ToString(), m.Text, m.Entity.Id)));
    }

    [Fact]
    public void Entities_are_typed_by_kind_and_cross_referenced()
    {
        using LoadedCorpus corpus = Load();

        Assert.Equal(typeof(Person), corpus.StaticType("Entities", "VictorCha"));
        Assert.Equal(typeof(Country), corpus.StaticType("Entities", "China"));
        Assert.Equal(typeof(Place), corpus.StaticType("Entities", "Beijing"));
        Assert.Equal(typeof(Organization), corpus.StaticType("Entities", "GeorgetownUniversity"));

        Person cha = corpus.Static<Person>("Entities", "VictorCha");
        Assert.Same(cha, corpus.Static<Person>("People", "VictorCha"));
        Assert.Equal("Victor D. Cha", cha.Name);
        Assert.Equal(new[] { "Victor Cha", "Mr. Cha" }, cha.Aliases);
        Assert.Equal("Professor at Georgetown University.", cha.Description);
        Assert.Equal(new[] { "georgetown-university" }, cha.Affiliations.Select(e => e.Id));
        Assert.Equal(2, cha.Quotes.Count);
        Assert.Equal(2, cha.Mentions.Count);
        Assert.Equal("Q148", corpus.Static<Country>("Entities", "China").WikidataId);

        Assert.Equal(new[] { "beijing", "china", "georgetown-university", "victor-cha" }, corpus.Catalog.Entities.Select(e => e.Id));
        Assert.Same(cha, corpus.Catalog.FindEntity("victor-cha"));
        Assert.Equal(new[] { "sample-article" }, corpus.Catalog.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Code_compiled_without_its_data_resource_says_what_to_rebuild_on_first_use()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic());
        using LoadedCorpus corpus = LoadedCorpus.Load(run.OutputCompilation, data: null);

        InvalidOperationException error = ThrownThroughReflection(() => corpus.Static<Person>("Entities", "VictorCha"));

        Assert.Equal(
            "The corpus data resource 'Corpus.Generator.CorpusData' is missing from assembly 'Test.Corpus.Generated': its generated code was compiled without the data that the "
            + "Corpus.Generator package's build step writes (a build that does not import the package's build files?). Rebuild the project that compiles the corpus (dotnet build), "
            + "so that its generated code and its data resource come from the same build.",
            error.Message);
    }

    [Fact]
    public void Code_compiled_with_the_data_of_another_corpus_says_what_to_rebuild_on_first_use()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic());
        List<InMemoryAdditionalText> other = Fixtures.Basic().ToList();
        other.Add(Fixtures.File("another.txt", "---\ntitle: Another\n---\nMore.\n"));
        using LoadedCorpus corpus = LoadedCorpus.Load(run.OutputCompilation, CorpusDataResource.Write(other));

        InvalidOperationException error = ThrownThroughReflection(() => corpus.Static<IReadOnlyList<Article>>("Articles", "All"));

        Assert.StartsWith("The corpus data of assembly 'Test.Corpus.Generated' does not match its generated code (data ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Rebuild the project that compiles the corpus (dotnet build), so that its generated code and its data resource come from the same build.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_collection_of_the_corpus_can_be_cast_to_a_writable_one()
    {
        using LoadedCorpus corpus = Load();
        Person cha = corpus.Static<Person>("Entities", "VictorCha");
        Article article = corpus.Static<Article>("Articles", "SampleArticle");

        Assert.Throws<NotSupportedException>(() => ((IList<string>)cha.Aliases)[0] = "X");
        Assert.False(cha.Aliases is string[]);
        Assert.False(corpus.Static<IReadOnlyList<Person>>("People", "All") is Person[]);
        Assert.False(corpus.Catalog.Entities is Entity[]);
        Assert.False(article.Quotes is Quote[] || article.Mentions is Mention[] || article.Paragraphs is Paragraph[] || article.Terms is Term[]);
        Assert.False(cha.Affiliations is Entity[] || cha.Quotes is Quote[]);
        Assert.Throws<NotSupportedException>(() => ((IList<Quote>)article.Quotes)[0] = article.Quotes[1]);
    }

    /// <summary>The exception a generated member threw, unwrapped from reflection's.</summary>
    private static InvalidOperationException ThrownThroughReflection(Func<object> read) =>
        Assert.IsType<InvalidOperationException>(Assert.Throws<System.Reflection.TargetInvocationException>(read).InnerException);

    private static LoadedCorpus Load()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic());
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the output compilation");
        return LoadedCorpus.Load(run);
    }
}
