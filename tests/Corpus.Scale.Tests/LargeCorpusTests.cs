using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Corpus.Model;
using Corpus.Syntax;
using Corpus.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace Corpus.Scale.Tests;

/// <summary>
/// A corpus past the #US heap's 2^24-byte cap (about 8.39 M UTF-16 characters of string
/// literals, then CS8103) still compiles into one assembly, because article text is
/// emitted as UTF-8 literals.
/// </summary>
public sealed class LargeCorpusTests
{
    [Fact]
    public void More_than_16_MB_of_article_text_compiles_into_one_assembly_and_reads_back_exactly()
    {
        List<CorpusSourceFile> files = SyntheticCorpus.Create(5_000);
        CorpusCompilation expected = CorpusCompilation.Create(files);
        long characters = expected.Articles.Sum(a => (long)a.Article.Body.Length);
        Assert.DoesNotContain(expected.Diagnostics, d => d.Severity >= Corpus.Syntax.Diagnostics.DiagnosticSeverity.Warning);
        Assert.True(characters > 16_000_000, "the corpus holds only " + characters + " characters");

        (Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, _) = InMemoryCorpus.Run(files);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);

        using var peStream = new MemoryStream();
        EmitResult emitted = output.Emit(peStream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));

        var context = new AssemblyLoadContext("scale", isCollectible: true);
        try
        {
            peStream.Position = 0;
            Assembly assembly = context.LoadFromStream(peStream);
            var catalog = (CorpusCatalog)assembly.GetType("Scale.__CorpusData", throwOnError: true)!
                .GetField("Catalog", BindingFlags.NonPublic | BindingFlags.Static)!
                .GetValue(null)!;

            Assert.Equal(5_000, catalog.Articles.Count);
            Article last = catalog.Articles[^1];
            ArticleFile lastExpected = expected.Articles[^1].Article;
            Assert.Equal(lastExpected.Id, last.Id);
            Assert.Equal(lastExpected.Body, last.Text);
            Assert.Equal(lastExpected.Quotations.Select(q => q.Text), last.Quotes.Select(q => q.Text));
        }
        finally
        {
            context.Unload();
        }
    }
}
