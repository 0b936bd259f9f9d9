using System.Collections.Generic;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Stats;

/// <summary>One section of a report: a title, column headers and rows of text; numeric columns align right.</summary>
internal sealed class ReportTable
{
    public ReportTable(string title, params string[] columns)
    {
        Title = title;
        Columns = columns;
        RightAligned = new bool[columns.Length];
    }

    public string Title { get; }

    public IReadOnlyList<string> Columns { get; }

    public bool[] RightAligned { get; }

    public List<string[]> Rows { get; } = new();

    public ReportTable AlignRight(params int[] columns)
    {
        foreach (int column in columns)
        {
            RightAligned[column] = true;
        }

        return this;
    }

    /// <summary>
    /// Cells hold corpus text (names, quotations, paths) and are printed to a terminal: each is
    /// escaped like a diagnostic's message, so an ESC, a bidi override or a line separator in the
    /// corpus cannot act on the terminal or break the table. The JSON report is left exact.
    /// </summary>
    public void Add(params string[] cells)
    {
        var escaped = new string[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            escaped[i] = MessageText.Escape(cells[i]);
        }

        Rows.Add(escaped);
    }
}
