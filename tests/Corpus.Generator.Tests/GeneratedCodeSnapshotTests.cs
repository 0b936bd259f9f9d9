using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>Every generated file of a corpus, compared with its verified snapshot.</summary>
public sealed class GeneratedCodeSnapshotTests
{
    [Fact]
    public void Basic()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic());

        DiagnosticAssert.Clean(run.Diagnostics, "from the generator on Fixtures/basic");
        Assert.Equal(
            new[] { "ArticleGroup" + Corpus.Generator.Specs.OutputSpecBuilder.GroupOf("sample-article").ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs", "Articles.g.cs", "CorpusData.g.cs", "Entities.g.cs" }.OrderBy(n => n, System.StringComparer.Ordinal),
            run.HintNames);
        Snapshot.VerifyAll(run.Sources);
    }
}
