using System;
using System.IO;
using System.Linq;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Corpus.Syntax.Diagnostics;
using Model = Corpus.Model;

namespace Corpus.Cli.Tests.Infrastructure;

/// <summary>A corpus directory compiled as the build compiles it, without a build: Corpus.Storage writes the data, Corpus.Model reads it.</summary>
internal static class InMemoryLibrary
{
    /// <summary>Every .txt below <paramref name="root"/>, in ordinal path order (as the build reads them); the corpus must have no error.</summary>
    public static Model.CorpusCatalog Compile(string root)
    {
        string prefix = root.Replace('\\', '/').TrimEnd('/') + "/";
        CorpusCompilation compilation = CorpusCompilation.Create(
            Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
                .Select(f => f.Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new CorpusSourceFile(f, File.ReadAllText(f))));
        Xunit.Assert.Empty(compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToMSBuildString()));
        return Model.CorpusCatalog.FromBytes(CorpusDataWriter.Write(compilation, prefix));
    }
}
