using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Syntax.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The package's targets tell the generator its corpus files through one property
/// (<c>_CorpusFileList</c>), not per-file metadata: the generator reads exactly the listed files,
/// whatever separators the list was written with, and the result is the same as with metadata.
/// </summary>
public sealed class CorpusFileListTests
{
    [Fact]
    public void The_listed_files_are_the_corpus_and_the_result_is_the_same_as_with_metadata()
    {
        List<InMemoryAdditionalText> texts = Fixtures.Basic().ToList();
        InMemoryAdditionalText unlisted = Fixtures.File("unlisted.txt", "---\ntitle: [broken\n---\nNot a corpus file.\n");
        string list = CorpusFileList.Encode(texts.Select(t => t.Path.Replace('/', '\\')));

        GeneratorRun byMetadata = GeneratorHarness.Run(texts);
        GeneratorRun byList = GeneratorHarness.Run(
            texts.Append(unlisted),
            new HarnessOptions { IsCorpusFile = _ => false, Properties = new Dictionary<string, string> { [CorpusFileList.PropertyName] = list } });

        Assert.NotEmpty(byMetadata.Sources);
        Assert.Equal(byMetadata.Sources, byList.Sources);
        Assert.Equal(byMetadata.Diagnostics.Select(DiagnosticAssert.Where), byList.Diagnostics.Select(DiagnosticAssert.Where));
        Assert.DoesNotContain(byList.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("unlisted.txt", System.StringComparison.Ordinal));
    }

    /// <summary>The compiler's path of an item written with ".." (its directory joined to the item as written) is found in MSBuild's list of full paths.</summary>
    [Fact]
    public void A_compiler_path_with_dot_segments_is_found_in_the_list()
    {
        List<InMemoryAdditionalText> texts = Fixtures.Basic().ToList();
        List<InMemoryAdditionalText> asTheCompilerSeesThem = texts.Select(t => new InMemoryAdditionalText(t.Path.Replace("/corpus/", "/project/../corpus/./", System.StringComparison.Ordinal), t.GetText()!.ToString())).ToList();
        string list = CorpusFileList.Encode(texts.Select(t => t.Path));

        GeneratorRun run = GeneratorHarness.Run(
            asTheCompilerSeesThem,
            new HarnessOptions { IsCorpusFile = _ => false, Properties = new Dictionary<string, string> { [CorpusFileList.PropertyName] = list } });

        Assert.Equal(GeneratorHarness.Run(texts).Sources.Select(s => s.Key), run.Sources.Select(s => s.Key));
    }

    [Fact]
    public void Without_a_list_or_metadata_nothing_is_a_corpus_file()
    {
        GeneratorRun run = GeneratorHarness.Run(Fixtures.Basic(), new HarnessOptions { IsCorpusFile = _ => false });

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }
}
