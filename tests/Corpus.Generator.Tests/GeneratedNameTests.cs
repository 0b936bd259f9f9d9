using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Ids and <c>#names</c> become C# names (FORMAT.md, Ids). Whatever a corpus author picks,
/// the build either succeeds with clean generated code, or fails with a corpus diagnostic
/// (CG0310, CG0400, CG0401) at the author's file, never with a C# error inside generated code.
/// </summary>
public sealed class GeneratedNameTests
{
    private const string Registry = "@victor-cha person\nname: Victor D. Cha\n";

    [Theory]
    [InlineData("all")]
    [InlineData("count")]
    [InlineData("get")]
    [InlineData("try-get")]
    [InlineData("entities")]
    [InlineData("equals")]
    [InlineData("people")]
    public void Entity_ids_that_collide_with_the_generated_API_are_reported(string id)
    {
        GeneratorRun run = GeneratorHarness.Run(new[]
        {
            Fixtures.File("entities.txt", Registry + "\n@" + id + " person\nname: X\n"),
            Fixtures.File("a.txt", "---\ntitle: A\n---\n[Victor D. Cha]{@victor-cha}.\n"),
        });

        Assert.Contains(run.Diagnostics, d => d.Id == "CG0401" && d.Location.GetLineSpan().Path == "/corpus/entities.txt");
        DiagnosticAssert.Clean(run.CompilationDiagnostics.Where(d => !d.Id.StartsWith("CG", System.StringComparison.Ordinal)), "in the output compilation");
    }

    [Theory]
    [InlineData("class")]
    [InlineData("string")]
    [InlineData("system")]
    [InlineData("global")]
    [InlineData("corpus")]
    [InlineData("model")]
    [InlineData("article-types")]
    [InlineData("articles")]
    [InlineData("quotes")]
    [InlineData("organizations")]
    [InlineData("catalog")]
    [InlineData("article-group-00")]
    [InlineData("1")]
    public void Entity_ids_compile_or_are_reported(string id) => AssertCompilesOrIsReported(EntityCorpus(id));

    [Theory]
    [InlineData("corpus-data")]
    [InlineData("to-string")]
    [InlineData("get-hash-code")]
    [InlineData("get-type")]
    public void Entity_ids_that_name_object_members_or_generated_types_compile_or_are_reported(string id) => AssertCompilesOrIsReported(EntityCorpus(id));

    [Theory]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("system")]
    [InlineData("decode")]
    [InlineData("create")]
    [InlineData("article")]
    [InlineData("article-group-00")]
    [InlineData("2024-10-nyt-china")]
    public void Article_ids_compile_or_are_reported(string id) => AssertCompilesOrIsReported(ArticleCorpus(id, "#main"));

    [Theory]
    [InlineData("corpus-data")]
    [InlineData("text0")]
    [InlineData("load-text")]
    [InlineData("annotation-data")]
    [InlineData("to-string")]
    public void Article_ids_that_name_generated_members_compile_or_are_reported(string id) => AssertCompilesOrIsReported(ArticleCorpus(id, "#main"));

    [Theory]
    [InlineData("#title")]
    [InlineData("#quotes")]
    [InlineData("#to-string")]
    [InlineData("#main")]
    [InlineData("#create")]
    [InlineData("#catalog")]
    [InlineData("#article")]
    [InlineData("#speaker")]
    public void Annotation_names_compile_or_are_reported(string name) => AssertCompilesOrIsReported(ArticleCorpus("sample", name));

    [Theory]
    [InlineData("#index")]
    [InlineData("#text0")]
    [InlineData("#load-text")]
    [InlineData("#annotation-data")]
    [InlineData("#decode")]
    public void Annotation_names_that_name_generated_members_compile_or_are_reported(string name) => AssertCompilesOrIsReported(ArticleCorpus("sample", name));

    private static IEnumerable<AdditionalText> EntityCorpus(string id) => new[]
    {
        Fixtures.File("entities.txt", Registry + "\n@" + id + " person\nname: X\n"),
        Fixtures.File("a.txt", "---\ntitle: A\n---\n[Victor D. Cha]{@victor-cha} and [X]{@" + id + "}.\n"),
    };

    private static IEnumerable<AdditionalText> ArticleCorpus(string id, string name) => new[]
    {
        Fixtures.File("entities.txt", Registry),
        Fixtures.File("a.txt", "---\nid: " + id + "\ntitle: A\n---\n“It is so.”{@victor-cha " + name + "} [Victor D. Cha]{@victor-cha} said.\n"),
    };

    private static void AssertCompilesOrIsReported(IEnumerable<AdditionalText> files)
    {
        GeneratorRun run = GeneratorHarness.Run(files);
        List<Diagnostic> reported = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (reported.Count > 0)
        {
            Assert.All(reported, d => Assert.Contains(d.Id, new[] { "CG0310", "CG0400", "CG0401" }));
            Assert.All(reported, d => Assert.StartsWith("/corpus/", d.Location.GetLineSpan().Path, System.StringComparison.Ordinal));
        }

        DiagnosticAssert.Clean(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning), "from the generator");
        DiagnosticAssert.Clean(run.CompilationDiagnostics, "in the generated code");
    }
}
