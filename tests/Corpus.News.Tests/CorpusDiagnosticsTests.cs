using System;
using System.IO;
using System.Linq;
using Corpus.Syntax;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>
/// The shipped corpus is finished: not one diagnostic of any severity, including the
/// information ones (an entity never mentioned) that <c>dotnet build</c> does not print.
/// </summary>
public sealed class CorpusDiagnosticsTests
{
    [Fact]
    public void The_corpus_has_no_diagnostics_at_all()
    {
        string corpus = Path.Combine(FindRepositoryRoot(), "corpus");
        CorpusSourceFile[] files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new CorpusSourceFile(Path.GetRelativePath(corpus, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToArray();

        CorpusCompilation compilation = CorpusCompilation.Create(files);

        Assert.Equal(3, files.Length);
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToMSBuildString()));
        Assert.Equal(Articles.All.Select(a => a.Id), compilation.Articles.Select(a => a.Article.Id));
        Assert.Equal(Entities.Count, compilation.Entities.Entities.Count);
    }

    /// <summary>Walks up from the output folder: [CallerFilePath] is path-mapped in CI builds.</summary>
    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "README.md")) && Directory.Exists(Path.Combine(directory.FullName, "corpus")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
