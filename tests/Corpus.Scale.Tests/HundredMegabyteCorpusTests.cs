using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Model;
using Corpus.Syntax;
using Xunit;

namespace Corpus.Scale.Tests;

/// <summary>
/// 100 MB of article text in one assembly: the text is a manifest resource, which csc copies,
/// so the size of a corpus is bounded by the PE format, not by what the compiler can compile.
/// </summary>
[Trait("Tier", "Full")]
public sealed class HundredMegabyteCorpusTests
{
    private const int Articles = 400;

    [Fact]
    public void One_hundred_megabytes_of_text_build_into_one_assembly_and_read_back()
    {
        // Long articles (a quarter of a megabyte each), so the parser's work stays a few seconds.
        string paragraph = "Officials in Beijing weighed the reports of troops in Russia, an analyst said, and ü, 😀 and the marks stayed as they were. ";
        var paragraphs = string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(paragraph, 20)), 100));
        var files = new List<CorpusSourceFile> { new("corpus/entities.txt", "@analyst person\nname: An Analyst\naliases: the analyst\n") };
        for (int i = 0; i < Articles; i++)
        {
            string id = "long-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            files.Add(new CorpusSourceFile("corpus/articles/" + id + ".txt", "---\ntitle: Long " + id + "\n---\n" + paragraphs + "\n\n“Done.”{@analyst} [the analyst]{@analyst} said.\n"));
        }

        long textBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
        Assert.True(textBytes > 100_000_000, "the corpus holds only " + textBytes + " bytes");

        using var compiled = new CompiledCorpus(files, "Hundred");

        Assert.True(compiled.DataBytes > 100_000_000);
        Assert.True(compiled.AssemblyBytes > compiled.DataBytes);
        CorpusCatalog catalog = compiled.Catalog;
        Assert.Equal(Articles, catalog.Articles.Count);
        Article last = catalog.Articles[^1];
        Assert.Equal("Long long-0399", last.Title);
        Assert.Equal("Done.", last.Quotes.Single().Text);
        // Each paragraph's plain text loses its trailing space; the last one is the annotated sentence's.
        string plain = string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(paragraph, 20)).TrimEnd(), 100)) + "\n\n“Done.” the analyst said.";
        Assert.Equal(plain, last.Text);
    }
}
