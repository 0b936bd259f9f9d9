using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Corpus.Model;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace Corpus.Scale.Tests;

/// <summary>
/// A corpus run through the generator, compiled and loaded into a collectible context:
/// the generated sources, the assembly and its catalog.
/// </summary>
internal sealed class CompiledCorpus : IDisposable
{
    private readonly AssemblyLoadContext _context;

    public CompiledCorpus(IEnumerable<CorpusSourceFile> files, string ns = "Scale")
    {
        Namespace = ns;
        files = files.ToList();
        (Compilation output, ImmutableArray<Diagnostic> diagnostics, _) = InMemoryCorpus.Run(files, ns);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Sources = output.SyntaxTrees.Where(t => t.FilePath.Length > 0)
            .ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString(), StringComparer.Ordinal);
        Trees = output.SyntaxTrees.ToImmutableArray();

        // With the data resource, as the package's build step embeds it.
        List<CorpusSourceFile> corpus = files.ToList();
        byte[] data = CorpusDataWriter.Write(CorpusCompilation.Create(corpus), string.Empty);
        DataBytes = data.Length;
        using var peStream = new MemoryStream();
        EmitResult emitted = output.Emit(peStream, manifestResources: new[] { new ResourceDescription("Corpus.Generator.CorpusData", () => new MemoryStream(data), isPublic: true) });
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        AssemblyBytes = peStream.Length;
        _context = new AssemblyLoadContext("corpus-" + ns, isCollectible: true);
        peStream.Position = 0;
        Assembly = _context.LoadFromStream(peStream);
    }

    public string Namespace { get; }

    /// <summary>The size of the data resource.</summary>
    public long DataBytes { get; }

    /// <summary>The size of the assembly.</summary>
    public long AssemblyBytes { get; private set; }

    /// <summary>Every generated source, by file name (ArticleGroup03.g.cs, CorpusData.g.cs, …).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public Assembly Assembly { get; }

    /// <summary>The generated catalog: the static instance behind Articles, Entities and Quotes.</summary>
    public CorpusCatalog Catalog => (CorpusCatalog)CorpusData.GetProperty("Catalog", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    public Type CorpusData => Assembly.GetType(Namespace + ".__CorpusData", throwOnError: true)!;

    /// <summary>The generated class of an article.</summary>
    public Type ArticleType(string className) => Assembly.GetType(Namespace + ".ArticleTypes." + className, throwOnError: true)!;

    public void Dispose() => _context.Unload();
}
