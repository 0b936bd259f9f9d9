using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Tests.Infrastructure;
using DuckDB.NET.Data;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus export --format parquet</c>, read by embedded DuckDB: the schema as docs/cli.md
/// documents it, and the documented example queries with their exact answers on the real corpus.
/// </summary>
public sealed class ParquetExportTests
{
    [Fact]
    public void The_documented_example_queries_give_their_answers_on_the_real_corpus()
    {
        using var temp = new TempDirectory();
        CliResult export = CliRun.Run("export", TestPaths.RealCorpus, "--format", "parquet", "--out", temp.Path);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal("Exported 2 articles and 66 entities as parquet to " + temp.Path + " (5 files, offsets in codepoint)", export.OutputLines[^1]);
        Assert.Equal(new[] { "china | 4", "shen-dingli | 4", "zhu-feng | 4", "feng-yujun | 3", "united-states | 3" }, Query(temp.Path, TopSpeakers));
        Assert.Equal(
            new[] { "china | russia | 18", "china | north-korea | 14", "north-korea | russia | 13", "china | united-states | 9", "north-koreans | russia | 6" },
            Query(temp.Path, CoMentioned));
        Assert.Equal(
            new[]
            {
                "china-may-chafe | China May Chafe as North Korea Sends Soldiers to Fight Ukraine | 9",
                "china-north-korea-ukraine-war | North Korea’s troops for Russia strain China’s ties with Pyongyang | 29",
            },
            Query(temp.Path, QuotesPerArticle));
    }

    [Fact]
    public void The_tables_agree_with_stats_and_the_sentence_rule()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "parquet", "--out", temp.Path);
        JsonElement stats = JsonDocument.Parse(CliRun.Run("stats", TestPaths.RealCorpus, "--format", "json", "--top", "5").Output).RootElement;

        // Top speakers as `corpus stats` counts them; every mention and quote; every sentence of the reviewed list.
        Assert.Equal(
            stats.GetProperty("topSpeakers").EnumerateArray().Select(s => s.GetProperty("id").GetString() + " | " + s.GetProperty("quotes").GetInt32()),
            Query(temp.Path, TopSpeakers));
        Assert.Equal(new[] { stats.GetProperty("mentions").GetInt32() + " | " + stats.GetProperty("quotes").GetInt32() + " | 66 | 68" }, Query(temp.Path, "SELECT (SELECT count(*) FROM 'mentions.parquet'), (SELECT count(*) FROM 'quotes.parquet'), (SELECT count(*) FROM 'entities.parquet'), (SELECT count(*) FROM 'sentences.parquet')"));
        // Each sentence's offsets slice the article's text (code points, as DuckDB's substring counts them).
        Assert.Equal(new[] { "0" }, Query(temp.Path, "SELECT count(*) FROM 'sentences.parquet' s JOIN 'articles.parquet' a ON a.id = s.article WHERE substring(a.text, s.start + 1, s.\"end\" - s.start) <> s.text"));
        Assert.Equal(new[] { "0" }, Query(temp.Path, "SELECT count(*) FROM 'mentions.parquet' m JOIN 'articles.parquet' a ON a.id = m.article WHERE m.field = 'body' AND substring(a.text, m.start + 1, m.\"end\" - m.start) <> m.text"));
        // A mention lies in its sentence; a quote's paragraph is its sentence's paragraph.
        Assert.Equal(new[] { "0" }, Query(temp.Path, "SELECT count(*) FROM 'mentions.parquet' m JOIN 'sentences.parquet' s ON s.article = m.article AND s.sentence = m.sentence WHERE m.start < s.start OR m.\"end\" > s.\"end\" OR m.paragraph <> s.paragraph"));
        Assert.Equal(new[] { "0" }, Query(temp.Path, "SELECT count(*) FROM 'quotes.parquet' q JOIN 'sentences.parquet' s ON s.article = q.article AND s.sentence = q.sentence WHERE q.paragraph <> s.paragraph"));
        Assert.Equal(new[] { "china-north-korea-ukraine-war | 2024-11-08 | 1 | 1" }, Query(temp.Path, "SELECT id, strftime(updated, '%Y-%m-%d'), year(updated) - 2023, count(*) OVER () FROM 'articles.parquet' WHERE updated IS NOT NULL"));
    }

    [Fact]
    public void Sentences_are_the_conllu_sentences_with_the_same_numbers()
    {
        using var parquet = new TempDirectory();
        using var conllu = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "parquet", "--out", parquet.Path);
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "conllu", "--out", conllu.Path);

        List<string> fromConllu = File.ReadAllLines(conllu.Combine("corpus.conllu"))
            .Where(l => l.StartsWith("# sent_id = ", StringComparison.Ordinal) || l.StartsWith("# text = ", StringComparison.Ordinal))
            .Chunk(2).Select(pair => pair[0]["# sent_id = ".Length..] + " | " + pair[1]["# text = ".Length..]).ToList();

        Assert.Equal(68, fromConllu.Count);
        Assert.Equal(fromConllu, Query(parquet.Path, "SELECT article || '-s' || sentence, text FROM 'sentences.parquet' ORDER BY article, sentence"));
    }

    [Fact]
    public void The_schema_is_the_documented_one()
    {
        using var temp = new TempDirectory();
        CliRun.Run("export", TestPaths.RealCorpus, "--format", "parquet", "--out", temp.Path);

        string Describe(string table) => string.Join(", ", Query(temp.Path, "DESCRIBE SELECT * FROM '" + table + ".parquet'").Select(r => string.Join(" ", r.Split(" | ").Take(2))));

        Assert.Equal("id VARCHAR, file VARCHAR, title VARCHAR, source VARCHAR, source_entity VARCHAR, published DATE, updated DATE, language VARCHAR, text VARCHAR, paragraphs INTEGER, sentences INTEGER", Describe("articles"));
        Assert.Equal("article VARCHAR, sentence INTEGER, paragraph INTEGER, start INTEGER, end INTEGER, text VARCHAR", Describe("sentences"));
        Assert.Equal("article VARCHAR, field VARCHAR, start INTEGER, end INTEGER, text VARCHAR, entity VARCHAR, kind VARCHAR, paragraph INTEGER, sentence INTEGER", Describe("mentions"));
        Assert.Equal("article VARCHAR, field VARCHAR, start INTEGER, end INTEGER, text VARCHAR, speaker VARCHAR, kind VARCHAR, paragraph INTEGER, sentence INTEGER", Describe("quotes"));
        Assert.Equal("id VARCHAR, kind VARCHAR, name VARCHAR, aliases VARCHAR, description VARCHAR, wikidata VARCHAR, mentions INTEGER, quotes INTEGER, articles INTEGER", Describe("entities"));
    }

    private static string TopSpeakers => DocumentedQueries()[0];

    private static string CoMentioned => DocumentedQueries()[1];

    private static string QuotesPerArticle => DocumentedQueries()[2];

    /// <summary>The statements of the <c>sql</c> block of docs/cli.md's Parquet section, so the tests run what the documentation shows.</summary>
    private static string[] DocumentedQueries()
    {
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "cli.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int section = doc.IndexOf("### `parquet`", StringComparison.Ordinal);
        int start = doc.IndexOf("```sql\n", section, StringComparison.Ordinal) + "```sql\n".Length;
        int end = doc.IndexOf("```\n", start, StringComparison.Ordinal);
        return doc[start..end].Split(";\n").Select(q => q.Trim()).Where(q => q.Contains("SELECT", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Runs a query with the export folder as DuckDB's working folder; each row as its values joined by " | ".</summary>
    internal static List<string> Query(string folder, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (DbCommand set = connection.CreateCommand())
        {
            set.CommandText = "SET file_search_path = '" + folder.Replace("'", "''", StringComparison.Ordinal) + "'";
            set.ExecuteNonQuery();
        }

        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join(" | ", values));
        }

        return rows;
    }
}
