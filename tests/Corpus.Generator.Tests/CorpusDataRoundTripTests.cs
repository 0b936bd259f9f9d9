using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The data resource round trip, without compiling anything: what Corpus.Storage writes for a
/// corpus, Corpus.Model reads back field for field as Corpus.Syntax parsed it (the one layout
/// definition in src/Common/Storage is compiled into both sides).
/// </summary>
public sealed class CorpusDataRoundTripTests
{
    [Fact]
    public void Every_field_of_the_basic_corpus_reads_back_as_parsed()
    {
        CorpusCompilation compilation = Compile(Fixtures.Basic());
        CorpusCatalog catalog = CorpusCatalog.FromBytes(CorpusDataWriter.Write(compilation, Fixtures.CorpusRoot));

        AssertSame(compilation, catalog);
        Article article = Assert.Single(catalog.Articles);
        Assert.Equal("sample-article.txt", article.Path);
    }

    [Fact]
    public void The_real_corpus_reads_back_as_parsed()
    {
        CorpusCompilation compilation = Compile(RealCorpus());
        CorpusCatalog catalog = CorpusCatalog.FromBytes(CorpusDataWriter.Write(compilation, Fixtures.CorpusRoot));

        AssertSame(compilation, catalog);
        Assert.Equal(new[] { "articles/china-may-chafe.txt", "articles/china-north-korea-ukraine-war.txt" }, catalog.Articles.Select(a => a.Path));
        Quote derail = catalog.FindArticle("china-north-korea-ukraine-war")!.Quotes.Single(q => q.Name == "derail");
        Assert.Equal("peter-dutton", derail.Speaker!.Id);
    }

    [Theory]
    [InlineData("ascii")]
    [InlineData("pairs 😀 and ü and 𝐀")]
    [InlineData("a lone \uD800 surrogate")]
    [InlineData("a lone low \uDC00 surrogate at the end \uDBFF")]
    public void Texts_read_back_exactly_whatever_their_characters(string words)
    {
        string body = words + " [Ada]{@ada} said “" + words + "”{@ada}.";
        CorpusCompilation compilation = Compile(new[]
        {
            Fixtures.File("entities.txt", "@ada person\nname: Ada " + words + "\n"),
            Fixtures.File("x.txt", "---\ntitle: T " + words + "\n---\n" + body + "\n"),
        });
        CorpusCatalog catalog = CorpusCatalog.FromBytes(CorpusDataWriter.Write(compilation, Fixtures.CorpusRoot));

        AssertSame(compilation, catalog);
        Article article = Assert.Single(catalog.Articles);
        Assert.Equal("T " + words, article.Title);
        Assert.Equal("Ada " + words, catalog.Entities[0].Name);
        Assert.Equal(words, article.Quotes.Single().Text.TrimEnd('.'));
    }

    [Fact]
    public void A_long_article_reads_back_exactly_and_a_quote_reads_without_decoding_the_body()
    {
        string paragraph = string.Concat(Enumerable.Repeat("Words and more words, 😀 and ü. ", 400));
        var text = new StringBuilder("---\ntitle: Long\n---\n");
        for (int i = 0; i < 200; i++)
        {
            text.Append(paragraph).Append("\n\n");
        }

        text.Append("“The end.”{@ada} [Ada]{@ada} said.\n");
        CorpusCompilation compilation = Compile(new[] { Fixtures.File("entities.txt", "@ada person\nname: Ada\n"), Fixtures.File("long.txt", text.ToString()) });
        CorpusCatalog catalog = CorpusCatalog.FromBytes(CorpusDataWriter.Write(compilation, Fixtures.CorpusRoot));

        Article article = Assert.Single(catalog.Articles);
        Assert.Equal("The end.", article.Quotes.Single().Text); // from the body's bytes: Text not decoded yet
        Assert.True(Encoding.UTF8.GetByteCount(article.Text) > 2_500_000);
        AssertSame(compilation, catalog);
    }

    [Fact]
    public void Data_that_is_not_corpus_data_or_of_another_layout_version_says_what_to_rebuild()
    {
        byte[] data = CorpusDataWriter.Write(Compile(Fixtures.Basic()), Fixtures.CorpusRoot);

        byte[] wrongMagic = (byte[])data.Clone();
        wrongMagic[0] ^= 0xFF;
        InvalidOperationException notData = Assert.Throws<InvalidOperationException>(() => CorpusCatalog.FromBytes(wrongMagic));
        Assert.Contains("is not corpus data", notData.Message, StringComparison.Ordinal);

        byte[] otherVersion = (byte[])data.Clone();
        otherVersion[4]++;
        InvalidOperationException version = Assert.Throws<InvalidOperationException>(() => CorpusCatalog.FromBytes(otherVersion));
        Assert.Contains("has layout version", version.Message, StringComparison.Ordinal);
        Assert.Contains("Use the same version of Corpus.Generator and Corpus.Model", version.Message, StringComparison.Ordinal);
    }

    /// <summary>Compares every field Corpus.Model exposes with what Corpus.Syntax parsed.</summary>
    private static void AssertSame(CorpusCompilation expected, CorpusCatalog actual)
    {
        Assert.Equal(expected.Entities.Entities.Count, actual.Entities.Count);
        for (int i = 0; i < actual.Entities.Count; i++)
        {
            EntityDeclaration declared = expected.Entities.Entities[i];
            Entity entity = actual.Entities[i];
            Assert.Equal(
                (declared.Id, (int)declared.Kind, declared.Name, declared.Description, declared.WikidataId, string.Join("|", declared.Aliases), string.Join("|", declared.Affiliations.Select(a => a.Id))),
                (entity.Id, (int)entity.Kind, entity.Name, entity.Description, entity.WikidataId, string.Join("|", entity.Aliases), string.Join("|", entity.Affiliations.Select(a => a.Id))));
            Assert.Same(entity, actual.FindEntity(declared.Id));
        }

        Assert.Equal(expected.Articles.Count, actual.Articles.Count);
        for (int i = 0; i < actual.Articles.Count; i++)
        {
            ArticleFile parsed = expected.Articles[i].Article;
            Article article = actual.Articles[i];
            Assert.Same(article, actual.FindArticle(parsed.Id!));

            // Annotations first, while the body is still undecoded (their texts come from its bytes).
            Assert.Equal(
                parsed.Quotations.Select(q => (Field(q.Field), q.Start, q.Length, q.Text, q.Speaker?.Id, (int)q.Kind, q.Paragraph, q.Name, q.Span.Line, q.Span.Column)),
                article.Quotes.Select(q => (q.Field, q.Start, q.Length, q.Text, q.Speaker?.Id, (int)q.Kind, q.Paragraph?.Index ?? -1, q.Name, q.Location.Line, q.Location.Column)));
            Assert.Equal(
                parsed.Mentions.Select(m => (Field(m.Field), m.Start, m.Length, m.Text, m.Entity.Id, m.Name, m.Span.Line, m.Span.Column)),
                article.Mentions.Select(m => (m.Field, m.Start, m.Length, m.Text, m.Entity.Id, m.Name, m.Location.Line, m.Location.Column)));
            Assert.Equal(parsed.Terms.Select(t => (Field(t.Field), t.Start, t.Length)), article.Terms.Select(t => (t.Field, t.Start, t.Length)));
            Assert.Equal(parsed.Body, article.Text);
            Assert.Equal(parsed.Paragraphs.Select(p => (p.Start, p.Length)), article.Paragraphs.Select(p => (p.Start, p.Length)));
            Assert.Equal(parsed.Id, article.Id);
            Assert.Equal(parsed.Title, article.Title);
            Assert.Equal(parsed.SourceEntity?.Id, article.SourceEntity?.Id);
            if (parsed.SourceEntity is null)
            {
                Assert.Equal(parsed.Source, article.Source);
            }

            Assert.Equal(parsed.Byline, article.Byline);
            Assert.Equal(parsed.Tags, article.Tags);
            Assert.Equal(parsed.Language, article.Language);
            Assert.Equal(parsed.Published, article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(parsed.Updated, article.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(parsed.Metadata.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, e.Value)), article.Metadata.OrderBy(e => e.Key, StringComparer.Ordinal));
            foreach (string field in ArticleFields.All)
            {
                Assert.Equal(parsed.GetFieldText(field), article.GetFieldText(Field(field)));
            }
        }
    }

    /// <summary>Corpus.Syntax's field name as the runtime's enum: ArticleFields.All is in TextField's order.</summary>
    private static Corpus.Model.TextField Field(string name) => (Corpus.Model.TextField)ArticleFields.IndexOf(name);

    private static CorpusCompilation Compile(IEnumerable<InMemoryAdditionalText> texts) =>
        CorpusCompilation.Create(texts.Select(t => new CorpusSourceFile(t.Path, t.Content)));

    private static IEnumerable<InMemoryAdditionalText> RealCorpus()
    {
        string root = System.IO.Path.Combine(TestPaths.RepoRoot, "corpus");
        foreach (string file in System.IO.Directory.EnumerateFiles(root, "*.txt", System.IO.SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            string relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            yield return new InMemoryAdditionalText(Fixtures.CorpusRoot + relative, System.IO.File.ReadAllText(file, Encoding.UTF8));
        }
    }
}
