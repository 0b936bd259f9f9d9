using System.IO;
using System.Linq;
using Corpus.Cli.Annotate;
using Corpus.Cli.Tests.Infrastructure;
using Corpus.Syntax;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;

namespace Corpus.Cli.Tests;

/// <summary>
/// Writing suggestions into a damaged article: the seed articles with one markup character
/// deleted or doubled at many places. Nothing throws, nothing but insertions happens (the
/// original is a subsequence of the result), and the result never has more errors.
/// </summary>
public sealed class AnnotatorRobustnessTests
{
    [Fact]
    public void Damaged_seed_articles_are_annotated_with_insertions_only_and_no_new_error()
    {
        EntityTable table = RegistryBinder.Bind(new[] { RegistryParser.Parse("corpus/entities.txt", File.ReadAllText(Path.Combine(TestPaths.RealCorpus, "entities.txt"))) });
        var suggester = new AnnotationSuggester(table);
        int checkedCount = 0;
        foreach (string path in Directory.GetFiles(Path.Combine(TestPaths.RealCorpus, "articles")).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            string original = File.ReadAllText(path);
            string stripped = MarkupProjection.Create(original).WithoutMarkup();
            foreach (string source in new[] { original, stripped })
            {
                for (int k = 1; k < 30; k++)
                {
                    int at = (int)((long)source.Length * k / 30);
                    foreach (string damaged in new[] { source.Remove(at, 1), source.Insert(at, source[at].ToString()), source.Insert(at, "“"), source.Insert(at, "]{") })
                    {
                        AnnotatedArticle result = ArticleAnnotator.Annotate("corpus/articles/x.txt", damaged, suggester);
                        Assert.True(IsSubsequence(damaged, result.Text), "not only insertions at " + at);
                        Assert.True(Errors(result.Text) <= Errors(damaged), "a new error at " + at);
                        checkedCount++;
                    }
                }
            }
        }

        Assert.Equal(2 * 2 * 29 * 4, checkedCount);
    }

    private static int Errors(string text) =>
        ArticleParser.Parse("corpus/articles/x.txt", text).Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    private static bool IsSubsequence(string part, string whole)
    {
        int j = 0;
        foreach (char c in whole)
        {
            if (j < part.Length && part[j] == c)
            {
                j++;
            }
        }

        return j == part.Length;
    }
}
