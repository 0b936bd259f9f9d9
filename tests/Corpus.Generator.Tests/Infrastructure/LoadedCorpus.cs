using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Corpus.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// The output compilation emitted and loaded in a collectible AssemblyLoadContext. Corpus.Model
/// resolves to the test's own copy, so the generated objects are the test's <see cref="Article"/>,
/// <see cref="Entity"/> and <see cref="Quote"/> and can be used without reflection once reached.
/// </summary>
internal sealed class LoadedCorpus : IDisposable
{
    private readonly CorpusLoadContext _context;

    private LoadedCorpus(CorpusLoadContext context, Assembly assembly, string ns)
    {
        _context = context;
        Assembly = assembly;
        Namespace = ns;
    }

    public Assembly Assembly { get; }

    public string Namespace { get; }

    /// <summary>The catalog behind the generated classes (the internal <c>__CorpusData.Catalog</c> property).</summary>
    public CorpusCatalog Catalog =>
        (CorpusCatalog)Type("__CorpusData").GetProperty("Catalog", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

    /// <summary>
    /// Emits the run's output compilation (with an XML documentation file, as GenerateDocumentationFile
    /// does, and the data resource that the package's build step writes from the run's corpus files) and loads it.
    /// </summary>
    public static LoadedCorpus Load(GeneratorRun run, string ns = GeneratorHarness.DefaultNamespace) =>
        Load(run.OutputCompilation, CorpusDataResource.Write(run.CorpusTexts ?? throw new InvalidOperationException("The run was not started from texts.")), ns);

    /// <summary>Emits with the given data resource (null: none, as a build without the package's build step).</summary>
    public static LoadedCorpus Load(Compilation compilation, byte[]? data, string ns = GeneratorHarness.DefaultNamespace)
    {
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        ResourceDescription[]? resources = data is null ? null : new[] { new ResourceDescription(CorpusDataResource.Name, () => new MemoryStream(data), isPublic: true) };
        EmitResult result = compilation.Emit(pe, xmlDocumentationStream: xml, manifestResources: resources);
        DiagnosticAssert.Clean(result.Diagnostics, "emitting the generated code");
        Assert.True(result.Success);

        pe.Position = 0;
        var context = new CorpusLoadContext();
        Assembly assembly = context.LoadFromStream(pe);
        return new LoadedCorpus(context, assembly, ns);
    }

    /// <summary>A generated type by its name in the corpus namespace (e.g. <c>Articles</c>, <c>ArticleTypes.SampleArticle</c>).</summary>
    public Type Type(string name) =>
        Assembly.GetType(Namespace + "." + name, throwOnError: false)
        ?? throw new InvalidOperationException("No type " + Namespace + "." + name + " in " + string.Join(", ", Assembly.GetTypes().Select(t => t.FullName)));

    /// <summary>The value of a public static property of a generated class, such as <c>Articles.SampleArticle</c>.</summary>
    public T Static<T>(string typeName, string property)
    {
        PropertyInfo info = Type(typeName).GetProperty(property, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException("No public static property " + typeName + "." + property);
        return (T)info.GetValue(null)!;
    }

    /// <summary>The declared type of a public static property, to check static typing (<c>Entities.X</c> is a <c>Person</c>).</summary>
    public Type StaticType(string typeName, string property) =>
        Type(typeName).GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.PropertyType;

    /// <summary>A public instance property of a generated object, such as an article's <c>#named</c> quote.</summary>
    public static T Instance<T>(object target, string property)
    {
        PropertyInfo info = target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException("No public property " + target.GetType().FullName + "." + property);
        return (T)info.GetValue(target)!;
    }

    public void Dispose() => _context.Unload();

    private sealed class CorpusLoadContext : AssemblyLoadContext
    {
        private static readonly Assembly Model = typeof(Article).Assembly;

        public CorpusLoadContext()
            : base("generated-corpus", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName) =>
            string.Equals(assemblyName.Name, Model.GetName().Name, StringComparison.Ordinal) ? Model : null;
    }
}
