using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli;

/// <summary>A compiled corpus and where it was read from, with the cross-article index built on demand.</summary>
internal sealed class LoadedCorpus
{
    private CorpusIndex? _index;

    public LoadedCorpus(string directory, CorpusCompilation compilation, IReadOnlyList<CorpusSourceFile> sources, IReadOnlyList<LeftOutFile> leftOut)
    {
        Directory = directory;
        Compilation = compilation;
        Sources = sources;
        LeftOut = leftOut;
        var articles = new List<ArticleFile>(compilation.Articles.Count);
        foreach (BoundArticle bound in compilation.Articles)
        {
            articles.Add(bound.Article);
        }

        Articles = articles;
    }

    public string Directory { get; }

    public CorpusCompilation Compilation { get; }

    /// <summary>Every corpus file as it was read, in ordinal path order: what exports that carry the files' own text read again.</summary>
    public IReadOnlyList<CorpusSourceFile> Sources { get; }

    /// <summary>The files that were not read (not regular files: CGBUILD03).</summary>
    public IReadOnlyList<LeftOutFile> LeftOut { get; }

    /// <summary>The articles that the build generates (valid id and title), sorted by id.</summary>
    public IReadOnlyList<ArticleFile> Articles { get; }

    public EntityTable Entities => Compilation.Entities;

    public CorpusIndex Index => _index ??= new CorpusIndex(Entities, Articles);

    public int ErrorCount
    {
        get
        {
            int count = 0;
            foreach (CorpusDiagnostic diagnostic in Compilation.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>A corpus file's path relative to the corpus directory, with '/' separators.</summary>
    public string RelativePath(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    /// <summary>
    /// Commands other than <c>check</c> still run on a corpus with errors (the annotations in
    /// error are left out, as in the build), but say so on stderr and exit with code 1.
    /// </summary>
    public int ReportErrors(TextWriter error)
    {
        foreach (LeftOutFile file in LeftOut)
        {
            error.WriteLine(file.ToMSBuildString());
        }

        int errors = ErrorCount;
        if (errors == 0)
        {
            return 0;
        }

        foreach (CorpusDiagnostic diagnostic in Compilation.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                error.WriteLine(diagnostic.ToMSBuildString());
            }
        }

        error.WriteLine("corpus: the corpus has " + Plural(errors, "error") + "; annotations in error are left out (run 'corpus check').");
        return 1;
    }

    public static string Plural(int count, string noun, string? plural = null) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}
