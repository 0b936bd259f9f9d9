using System.Collections.Generic;

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

    public void Add(params string[] cells) => Rows.Add(cells);
}
