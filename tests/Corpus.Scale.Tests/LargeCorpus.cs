using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax;
using Corpus.Synthetic;

namespace Corpus.Scale.Tests;

/// <summary>
/// 5,000 synthetic articles (over 16 MB of text) compiled once and shared by the tests of
/// <see cref="LargeCorpusTests"/>.
/// </summary>
public sealed class LargeCorpus : IDisposable
{
    public const int ArticleCount = 5_000;

    public LargeCorpus()
    {
        List<CorpusSourceFile> files = SyntheticCorpus.Create(ArticleCount);
        Files = files;
        Expected = CorpusCompilation.Create(files);
        Characters = Expected.Articles.Sum(a => (long)a.Article.Body.Length);
        Compiled = new CompiledCorpus(files);
    }

    /// <summary>The same files compiled by Corpus.Syntax alone: what the generated code must reproduce.</summary>
    public CorpusCompilation Expected { get; }

    public long Characters { get; }

    public IReadOnlyList<CorpusSourceFile> Files { get; }

    internal CompiledCorpus Compiled { get; }

    public void Dispose() => Compiled.Dispose();
}
