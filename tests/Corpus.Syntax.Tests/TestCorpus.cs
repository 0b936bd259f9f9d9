using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;

namespace Corpus.Syntax.Tests;

/// <summary>Small helpers to parse inline texts the way the tools do.</summary>
internal static class TestCorpus
{
    public const string ArticlePath = "corpus/test-article.txt";
    public const string RegistryPath = "corpus/entities.txt";

    public static ArticleFile Article(string text, string path = ArticlePath) => ArticleParser.Parse(path, text);

    /// <summary>An article with a one-line front matter (<c>title: T</c>), so body line 1 is file line 4.</summary>
    public static ArticleFile Body(string body, string path = ArticlePath) => Article("---\ntitle: T\n---\n" + body, path);

    public static RegistryFile Registry(string text, string path = RegistryPath) => RegistryParser.Parse(path, text);

    public static CorpusCompilation Compile(params (string Path, string Text)[] files) =>
        CorpusCompilation.Create(files.Select(f => new CorpusSourceFile(f.Path, f.Text)));

    /// <summary>Diagnostics other than CG0208 (never mentioned), which small test corpora produce freely.</summary>
    public static List<CorpusDiagnostic> WithoutUnused(this IEnumerable<CorpusDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id != DiagnosticDescriptors.EntityNeverMentioned.Id).ToList();
}
