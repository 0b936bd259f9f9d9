using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Annotate;

/// <summary>The compilation's diagnostics plus the recall aid's (CG0312, CG0313) for every generated article, sorted.</summary>
internal static class RecallAidDiagnostics
{
    public static List<CorpusDiagnostic> WithRecallAid(CorpusCompilation compilation, IReadOnlyList<CorpusSourceFile> files)
    {
        var diagnostics = new List<CorpusDiagnostic>(compilation.Diagnostics);
        var sources = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (CorpusSourceFile file in files)
        {
            sources[file.Path] = file.Text;
        }

        var suggester = new AnnotationSuggester(compilation.Entities);
        foreach (BoundArticle bound in compilation.Articles)
        {
            if (sources.TryGetValue(bound.Article.FilePath, out string? source))
            {
                diagnostics.AddRange(RecallAid.Diagnose(bound.Article, source, suggester));
            }
        }

        diagnostics.Sort(CorpusDiagnosticComparer.Instance);
        return diagnostics;
    }
}
