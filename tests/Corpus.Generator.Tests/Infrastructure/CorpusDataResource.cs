using System.Collections.Generic;
using System.Linq;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>The data resource of a test corpus, written as the package's build step writes it (Corpus.Build's task runs this same code).</summary>
internal static class CorpusDataResource
{
    /// <summary>The resource's logical name, as Corpus.Generator.targets embeds it.</summary>
    public const string Name = "Corpus.Generator.CorpusData";

    public static byte[] Write(IEnumerable<AdditionalText> texts) =>
        CorpusDataWriter.Write(
            CorpusCompilation.Create(texts.Select(t => new CorpusSourceFile(t.Path, t.GetText()?.ToString() ?? string.Empty))),
            Fixtures.CorpusRoot);
}
