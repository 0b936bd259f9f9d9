using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Emit;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Model;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// How a group's data is cut into UTF-8 literals (GroupDataWriter): no chunk passes the
/// limit, a record is never split, a text longer than a chunk is split between characters
/// (never inside a surrogate pair), and a long article comes back exactly at run time.
/// </summary>
public sealed class GroupDataTests
{
    [Fact]
    public void A_text_longer_than_a_chunk_is_split_into_parts_that_rebuild_it_exactly()
    {
        // Four-byte characters (a surrogate pair each) and three-byte ones, so a cut at a byte
        // count lands mid-character unless the writer steps back.
        string text = string.Concat(Enumerable.Repeat("ab😀“c”", GroupDataWriter.MaxChunkBytes / 8));
        var data = new GroupDataWriter();
        var record = new List<int>();
        data.Text(record, "head");
        data.Text(record, text);

        Assert.Equal(new[] { 1, 0, 0, 4 }, record.Take(4));
        int parts = record[4];
        Assert.True(parts >= 2, "a text of " + Encoding.UTF8.GetByteCount(text) + " bytes fits no single chunk");
        var rebuilt = new StringBuilder();
        for (int p = 0; p < parts; p++)
        {
            int chunk = record[5 + (3 * p)];
            int offset = record[6 + (3 * p)];
            int length = record[7 + (3 * p)];
            byte[] bytes = Encoding.UTF8.GetBytes(Unescape(data.Chunks[chunk].ToString()));
            Assert.True(bytes.Length <= GroupDataWriter.MaxChunkBytes, "chunk " + chunk + " has " + bytes.Length + " bytes");
            string part = Encoding.UTF8.GetString(bytes, offset, length);
            Assert.DoesNotContain('\uFFFD', part); // a split pair or character would decode to U+FFFD
            rebuilt.Append(part);
        }

        Assert.Equal(text, rebuilt.ToString());
    }

    [Fact]
    public void A_record_that_does_not_fit_the_rest_of_a_chunk_starts_the_next_one_whole()
    {
        var data = new GroupDataWriter();
        var filler = new List<int>();
        data.Text(filler, new string('x', GroupDataWriter.MaxChunkBytes - 10));
        var record = Enumerable.Range(0, 100).Select(i => i * 1000).ToList();

        (int chunk, int offset) = data.Record(record);

        Assert.Equal((1, 0), (chunk, offset));
        Assert.Equal(2, data.Chunks.Count);
        Assert.Equal(RecordDigits.Length(record), data.Chunks[1].Length);
    }

    [Fact]
    public void An_article_longer_than_a_chunk_reads_back_exactly_with_its_quotes_and_mentions()
    {
        // About 2.7 MB of UTF-8: the body takes four chunks, so the library decodes it part
        // by part and slices quotes from the whole text.
        var body = new StringBuilder();
        for (int i = 0; i < 8000; i++)
        {
            body.Append("Paragraph ").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(": les élèves 😀 ont dit — ").Append(new string('é', 150)).Append(".\n\n");
        }

        body.Append("“It is the end,”{@victor-cha} [Victor D. Cha]{@victor-cha} said.\n");
        GeneratorRun run = GeneratorHarness.Run(new[]
        {
            Fixtures.File("entities.txt", "@victor-cha person\nname: Victor D. Cha\n"),
            Fixtures.File("long-article.txt", "---\ntitle: A long article\n---\n" + body),
        });
        DiagnosticAssert.Clean(run.Diagnostics, "from the generator");
        string group = run.Sources.Single(s => s.Key.StartsWith("ArticleGroup", StringComparison.Ordinal)).Value;
        Assert.Contains("Chunk3 => \"", group, StringComparison.Ordinal);

        using LoadedCorpus corpus = LoadedCorpus.Load(run.OutputCompilation);
        Article article = corpus.Static<Article>("Articles", "LongArticle");
        Assert.Equal("It is the end,", article.Quotes.Single().Text);
        Assert.Equal("Victor D. Cha", article.Mentions.Single().Text);
        string expected = body.ToString().Replace("{@victor-cha}", string.Empty, StringComparison.Ordinal)
            .Replace("[Victor D. Cha]", "Victor D. Cha", StringComparison.Ordinal).TrimEnd('\n');
        Assert.Equal(expected, article.Text);
        Assert.Equal(8001, article.Paragraphs.Count);
        Assert.Equal("“It is the end,” Victor D. Cha said.", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void A_group_of_more_than_64_chunks_dispatches_them_with_switches_of_at_most_64_arms()
    {
        // 17 MB of ASCII: 68 chunks in one group. Only the generated syntax is inspected.
        string paragraph = new string('a', 999) + ".";
        string body = string.Join("\n\n", Enumerable.Repeat(paragraph, 17_000));
        GeneratorRun run = GeneratorHarness.Run(new[] { Fixtures.File("huge.txt", "---\ntitle: Huge\n---\n" + body + "\n") });
        string group = run.Sources.Single(s => s.Key.StartsWith("ArticleGroup", StringComparison.Ordinal)).Value;

        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(group);
        List<int> arms = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.SwitchExpressionSyntax>().Select(e => e.Arms.Count).ToList();
        Assert.All(arms, n => Assert.InRange(n, 1, 65));
        int chunks = System.Text.RegularExpressions.Regex.Matches(group, "private static global::System.ReadOnlySpan<byte> Chunk[0-9]+ => ").Count;
        Assert.InRange(chunks, 65, 80);
        Assert.Contains("GetChunk1(index)", group, StringComparison.Ordinal);
        Assert.Contains((chunks - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " => Chunk" + (chunks - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", group, StringComparison.Ordinal);
    }

    /// <summary>The characters a chunk's literal stands for (the writer escapes only what C# requires).</summary>
    private static string Unescape(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        for (int i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\')
            {
                builder.Append(literal[i]);
                continue;
            }

            char e = literal[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: builder.Append(e); break;
            }
        }

        return builder.ToString();
    }
}
