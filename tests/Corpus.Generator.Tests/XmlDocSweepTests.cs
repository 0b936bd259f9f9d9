using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generator.Emit;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Corpus text reaches generated code only in XML doc comments. Whatever a title, name or
/// description holds, every UTF-16 code unit, every Unicode category, surrogate pairs and lone
/// surrogates, the comment compiles without a diagnostic (U+FFFE once broke the build with CS1570).
/// </summary>
public sealed class XmlDocSweepTests
{
    [Fact]
    public void Every_code_unit_escapes_to_a_doc_comment_that_compiles_cleanly()
    {
        var source = new StringBuilder("namespace Sweep\n{\n");
        const int Chunk = 200;
        for (int start = 0; start <= 0xFFFF; start += Chunk)
        {
            var text = new StringBuilder();
            for (int c = start; c < Math.Min(start + Chunk, 0x10000); c++)
            {
                text.Append((char)c);
            }

            AppendClass(source, "C" + start.ToString("X4", CultureInfo.InvariantCulture), text.ToString());
        }

        // Characters outside the BMP, one of each category found among a sample of planes, and noncharacters.
        foreach (int plane in new[] { 0x1, 0x2, 0xE, 0xF, 0x10 })
        {
            var text = new StringBuilder();
            for (int low = 0; low < 0x10000; low += 0x400)
            {
                text.Append(char.ConvertFromUtf32((plane << 16) | low));
            }

            text.Append(char.ConvertFromUtf32((plane << 16) | 0xFFFE)).Append(char.ConvertFromUtf32((plane << 16) | 0xFFFF));
            AppendClass(source, "P" + plane.ToString("X2", CultureInfo.InvariantCulture), text.ToString());
        }

        source.Append("}\n");
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source.ToString(), GeneratorHarness.ParseOptions(LanguageVersion.Latest));
        Compilation compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);

        DiagnosticAssert.Clean(compilation.GetDiagnostics(), "in the doc comments");
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    [InlineData("\uFDD0")]
    [InlineData("\u0000")]
    [InlineData("\u001B[32mBuild succeeded.\u001B[0m")]
    [InlineData("\u202Eevil")]
    [InlineData("\uD800")]
    public void A_corpus_with_the_character_in_every_documented_field_compiles(string hostile)
    {
        string registry = "@ada person\nname: Ada" + hostile + "\ndescription: Mayor" + hostile + ".\n";
        string article = "---\ntitle: Title" + hostile + "\nsource: Wire" + hostile + "\n---\n“Quoted" + hostile + ".”{@ada #named} [Ada]{@ada} said.\n";
        GeneratorRun run = GeneratorHarness.Run(new[] { Fixtures.File("entities.txt", registry), Fixtures.File("x.txt", article) });

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        DiagnosticAssert.Clean(run.CompilationDiagnostics.Where(d => d.Id != "CS1701" && d.Id != "CS1702"), "in the generated code for " + string.Join(" ", hostile.Select(c => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))));
    }

    private static void AppendClass(StringBuilder source, string name, string text) =>
        source.Append("    /// <summary>").Append(XmlDoc.Escape(text)).Append("</summary>\n    public static class ").Append(name).Append(" { }\n\n");
}
