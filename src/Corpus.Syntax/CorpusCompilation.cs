using System.Collections.Generic;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;

namespace Corpus.Syntax;

/// <summary>A corpus file as the tools see it: a path and its decoded text.</summary>
public sealed record CorpusSourceFile(string Path, string Text);

/// <summary>
/// The whole pipeline in one call (parse, bind, validate), for the CLI and tests. The
/// generator runs the same steps separately so that each can be cached.
/// </summary>
public sealed class CorpusCompilation
{
    private CorpusCompilation(EntityTable entities, IReadOnlyList<BoundArticle> articles, IReadOnlyList<CorpusDiagnostic> diagnostics)
    {
        Entities = entities;
        Articles = articles;
        Diagnostics = diagnostics;
    }

    public EntityTable Entities { get; }

    /// <summary>The articles that are generated, sorted by id.</summary>
    public IReadOnlyList<BoundArticle> Articles { get; }

    /// <summary>Every diagnostic of every file, sorted by file, position and id.</summary>
    public IReadOnlyList<CorpusDiagnostic> Diagnostics { get; }

    public static CorpusCompilation Create(IEnumerable<CorpusSourceFile> files)
    {
        var registries = new List<RegistryFile>();
        var parsed = new List<ArticleFile>();
        foreach (CorpusSourceFile file in files)
        {
            if (FileNames.IsRegistry(file.Path))
            {
                registries.Add(RegistryParser.Parse(file.Path, file.Text));
            }
            else
            {
                parsed.Add(ArticleParser.Parse(file.Path, file.Text));
            }
        }

        EntityTable entities = RegistryBinder.Bind(registries);
        var diagnostics = new List<CorpusDiagnostic>(entities.Diagnostics);
        var bound = new List<BoundArticle>(parsed.Count);
        foreach (ArticleFile article in parsed)
        {
            diagnostics.AddRange(article.Diagnostics);
            BoundArticle result = ArticleBinder.Bind(article, entities);
            diagnostics.AddRange(result.Diagnostics);
            bound.Add(result);
        }

        (List<BoundArticle> articles, List<CorpusDiagnostic> corpusDiagnostics) = CorpusValidator.Validate(entities, bound);
        diagnostics.AddRange(corpusDiagnostics);
        diagnostics.Sort(CorpusDiagnosticComparer.Instance);
        return new CorpusCompilation(entities, articles, diagnostics);
    }
}
