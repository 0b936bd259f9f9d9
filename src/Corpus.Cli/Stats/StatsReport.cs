using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Corpus.Syntax;
using Spectre.Console;

namespace Corpus.Cli.Stats;

/// <summary>
/// Lays the statistics out as tables: drawn with Spectre.Console on a terminal, as aligned
/// plain text when redirected, or as one JSON object.
/// </summary>
internal static class StatsReport
{
    private const int QuoteWidth = 70;

    public static List<ReportTable> Tables(CorpusStatistics stats)
    {
        var overview = new ReportTable("Corpus", "", "Count").AlignRight(1);
        overview.Add("Articles", N(stats.Articles));
        overview.Add("Paragraphs", N(stats.Paragraphs));
        overview.Add("Words", N(stats.Words));
        overview.Add("Entities", N(stats.Entities));
        overview.Add("Mentions", N(stats.Mentions));
        overview.Add("Quotes", N(stats.Quotes));
        overview.Add("Unattributed quotes", N(stats.Unattributed.Count));
        overview.Add("Terms", N(stats.Terms));

        var mentions = new ReportTable("Mentions by kind", "Kind", "Entities", "Mentions").AlignRight(1, 2);
        foreach (KeyValuePair<EntityKind, int> pair in stats.MentionsByKind)
        {
            mentions.Add(pair.Key.ToKeyword(), N(stats.EntitiesByKind[pair.Key]), N(pair.Value));
        }

        var quotes = new ReportTable("Quotes by kind", "Kind", "Quotes").AlignRight(1);
        foreach (KeyValuePair<QuoteKind, int> pair in stats.QuotesByKind)
        {
            quotes.Add(pair.Key.ToKeyword(), N(pair.Value));
        }

        var top = new ReportTable("Top entities (by mentions)", "#", "Entity", "Kind", "Mentions", "Articles").AlignRight(0, 3, 4);
        for (int i = 0; i < stats.TopEntities.Count; i++)
        {
            EntityCount e = stats.TopEntities[i];
            top.Add(N(i + 1), e.Name + " (@" + e.Id + ")", e.Kind.ToKeyword(), N(e.Count), N(e.Articles));
        }

        var speakers = new ReportTable("Top speakers (by quotes)", "#", "Speaker", "Kind", "Quotes", "Direct", "Partial", "Indirect").AlignRight(0, 3, 4, 5, 6);
        for (int i = 0; i < stats.TopSpeakers.Count; i++)
        {
            EntityCount e = stats.TopSpeakers[i];
            speakers.Add(N(i + 1), e.Name + " (@" + e.Id + ")", e.Kind.ToKeyword(), N(e.Count), N(e.Direct), N(e.Partial), N(e.Indirect));
        }

        var unattributed = new ReportTable("Unattributed quotations", "Where", "Kind", "Text");
        foreach (UnattributedQuote quote in stats.Unattributed)
        {
            unattributed.Add(quote.File + "(" + N(quote.Line) + "," + N(quote.Column) + ")", quote.Kind.ToKeyword(), Shorten(quote.Text));
        }

        return new List<ReportTable> { overview, mentions, quotes, top, speakers, unattributed };
    }

    /// <summary>Aligned columns, two spaces apart, no trailing spaces; an empty table says "(none)".</summary>
    public static void WritePlain(IReadOnlyList<ReportTable> tables, TextWriter output)
    {
        for (int t = 0; t < tables.Count; t++)
        {
            ReportTable table = tables[t];
            if (t > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(table.Title);
            if (table.Rows.Count == 0)
            {
                output.WriteLine("  (none)");
                continue;
            }

            var widths = new int[table.Columns.Count];
            for (int c = 0; c < widths.Length; c++)
            {
                widths[c] = table.Columns[c].Length;
                foreach (string[] row in table.Rows)
                {
                    widths[c] = Math.Max(widths[c], row[c].Length);
                }
            }

            WriteRow(output, table, table.Columns, widths);
            foreach (string[] row in table.Rows)
            {
                WriteRow(output, table, row, widths);
            }
        }
    }

    public static void WriteTerminal(IReadOnlyList<ReportTable> tables, IAnsiConsole console)
    {
        foreach (ReportTable table in tables)
        {
            var grid = new Table().Border(TableBorder.Rounded).Title("[bold]" + Markup.Escape(table.Title) + "[/]");
            for (int c = 0; c < table.Columns.Count; c++)
            {
                var column = new TableColumn(Markup.Escape(table.Columns[c]));
                if (table.RightAligned[c])
                {
                    column.RightAligned();
                }

                grid.AddColumn(column);
            }

            if (table.Rows.Count == 0)
            {
                var cells = new string[table.Columns.Count];
                Array.Fill(cells, string.Empty);
                cells[0] = "[dim](none)[/]";
                grid.AddRow(cells);
            }

            foreach (string[] row in table.Rows)
            {
                var cells = new string[row.Length];
                for (int c = 0; c < row.Length; c++)
                {
                    cells[c] = Markup.Escape(row[c]);
                }

                grid.AddRow(cells);
            }

            console.Write(grid);
        }
    }

    public static void WriteJson(CorpusStatistics stats, TextWriter output)
    {
        using (var writer = new Utf8JsonWriter(JsonOutput.Open(output), JsonOutput.Options(indented: true)))
        {
            writer.WriteStartObject();
            writer.WriteNumber("articles", stats.Articles);
            writer.WriteNumber("paragraphs", stats.Paragraphs);
            writer.WriteNumber("words", stats.Words);
            writer.WriteNumber("entities", stats.Entities);
            writer.WriteNumber("mentions", stats.Mentions);
            writer.WriteNumber("quotes", stats.Quotes);
            writer.WriteNumber("terms", stats.Terms);
            writer.WriteStartObject("mentionsByKind");
            foreach (KeyValuePair<EntityKind, int> pair in stats.MentionsByKind)
            {
                writer.WriteNumber(pair.Key.ToKeyword(), pair.Value);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("entitiesByKind");
            foreach (KeyValuePair<EntityKind, int> pair in stats.EntitiesByKind)
            {
                writer.WriteNumber(pair.Key.ToKeyword(), pair.Value);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("quotesByKind");
            foreach (KeyValuePair<QuoteKind, int> pair in stats.QuotesByKind)
            {
                writer.WriteNumber(pair.Key.ToKeyword(), pair.Value);
            }

            writer.WriteEndObject();
            WriteCounts(writer, "topEntities", stats.TopEntities, speakers: false);
            WriteCounts(writer, "topSpeakers", stats.TopSpeakers, speakers: true);
            writer.WriteStartArray("unattributed");
            foreach (UnattributedQuote quote in stats.Unattributed)
            {
                writer.WriteStartObject();
                writer.WriteString("file", quote.File);
                writer.WriteNumber("line", quote.Line);
                writer.WriteNumber("column", quote.Column);
                writer.WriteString("article", quote.ArticleId);
                writer.WriteString("kind", quote.Kind.ToKeyword());
                writer.WriteString("text", quote.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, List<EntityCount> counts, bool speakers)
    {
        writer.WriteStartArray(name);
        foreach (EntityCount e in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("id", e.Id);
            writer.WriteString("name", e.Name);
            writer.WriteString("kind", e.Kind.ToKeyword());
            writer.WriteNumber(speakers ? "quotes" : "mentions", e.Count);
            if (speakers)
            {
                writer.WriteNumber("direct", e.Direct);
                writer.WriteNumber("partial", e.Partial);
                writer.WriteNumber("indirect", e.Indirect);
            }

            writer.WriteNumber("articles", e.Articles);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRow(TextWriter output, ReportTable table, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder("  ");
        for (int c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            string cell = cells[c];
            bool last = c == cells.Count - 1;
            if (table.RightAligned[c])
            {
                line.Append(' ', widths[c] - cell.Length).Append(cell);
            }
            else
            {
                line.Append(cell);
                if (!last)
                {
                    line.Append(' ', widths[c] - cell.Length);
                }
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text)
    {
        string flat = text.Replace("\n\n", " ¶ ", StringComparison.Ordinal).Replace('\n', ' ');
        return flat.Length <= QuoteWidth ? flat : flat.Substring(0, QuoteWidth - 1) + "…";
    }
}
