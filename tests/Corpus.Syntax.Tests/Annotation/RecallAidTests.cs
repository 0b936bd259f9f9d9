using System.Linq;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;

namespace Corpus.Syntax.Tests.Annotation;

/// <summary>CG0312 and CG0313 at their exact lines and columns, and silence where the author has nothing to add.</summary>
public sealed class RecallAidTests
{
    private const string Registry = "@victor-cha person\nname: Victor D. Cha\naliases: Mr. Cha\n\n@north-korea country\nname: North Korea\n\n@china country\nname: China\n\n@west group\nname: West\naliases: west\n";

    private static readonly EntityTable Entities = RegistryBinder.Bind(new[] { TestCorpus.Registry(Registry) });

    private static string[] Diagnose(string text) =>
        RecallAid.Diagnose(TestCorpus.Article(text), text, Entities).Select(d => d.ToMSBuildString()).ToArray();

    [Fact]
    public void An_unannotated_name_is_reported_where_it_is_written_even_over_a_line_break()
    {
        string text = "---\ntitle: T\nnote: Amended about China.\n---\n[China]{@china} and North\n  Korea met.\n";

        Assert.Equal(
            new[]
            {
                "corpus/test-article.txt(3,21): info CG0312: 'China' is a name of '@china' but is not annotated: write [China]{@china}",
                "corpus/test-article.txt(5,21): info CG0312: 'North Korea' is a name of '@north-korea' but is not annotated: write [North Korea]{@north-korea}",
            },
            Diagnose(text));
    }

    [Fact]
    public void Columns_count_the_markup_before_the_name_and_CRLF_lines()
    {
        string text = "---\r\ntitle: T\r\n---\r\nFirst [China]{@china}.\r\n\r\n“Hard,” [Mr. Cha]{@victor-cha} said, citing China\\{x}.\r\n";

        Assert.Equal(
            new[]
            {
                "corpus/test-article.txt(6,1): info CG0313: The quotation 'Hard,' is probably spoken by '@victor-cha' (quote-cue-after/cue-subject): attribute it with {@victor-cha}",
                "corpus/test-article.txt(6,45): info CG0312: 'China' is a name of '@china' but is not annotated: write [China]{@china}",
            },
            Diagnose(text));
    }

    [Fact]
    public void An_article_with_no_annotation_is_not_reported()
    {
        Assert.Empty(Diagnose("---\ntitle: T\n---\nChina and North Korea met.\n"));
    }

    [Fact]
    public void Lowercase_word_aliases_and_low_confidence_speakers_are_not_reported()
    {
        // "west" is also a word; the second quotation's speaker comes from the paragraph (0.6).
        string text = "---\ntitle: T\n---\n[China]{@china} looks west. [Mr. Cha]{@victor-cha} spoke. “It is late.”\n";

        Assert.Empty(Diagnose(text));
    }

    [Fact]
    public void The_real_corpus_has_nothing_to_report()
    {
        string root = System.IO.Path.Combine(System.AppContext.BaseDirectory, "RealCorpus");
        var files = System.IO.Directory.GetFiles(root, "*.txt", System.IO.SearchOption.AllDirectories)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new CorpusSourceFile(p, System.IO.File.ReadAllText(p)))
            .ToList();
        CorpusCompilation compilation = CorpusCompilation.Create(files);
        var suggester = new AnnotationSuggester(compilation.Entities);

        Assert.Equal(2, compilation.Articles.Count);
        Assert.All(compilation.Articles, bound => Assert.Empty(RecallAid.Diagnose(bound.Article, files.Single(f => f.Path == bound.Article.FilePath).Text, suggester)));
    }
}
