using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Corpus.Cli.Export;

/// <summary>A column of a Parquet table being filled row by row: its schema field and its values.</summary>
internal abstract class ParquetColumn
{
    public abstract DataField Field { get; }

    public abstract Task WriteAsync(ParquetRowGroupWriter group);
}

/// <summary>A UTF-8 string column (<c>VARCHAR</c> in DuckDB); nullable when asked.</summary>
internal sealed class StringColumn : ParquetColumn
{
    private readonly List<string?> _values = new();

    public StringColumn(string name, bool nullable = false) => Field = new DataField<string>(name, nullable);

    public override DataField Field { get; }

    public void Add(string? value)
    {
        if (value is null && !Field.IsNullable)
        {
            throw new InvalidOperationException("the column '" + Field.Name + "' holds no nulls");
        }

        _values.Add(value);
    }

    public override Task WriteAsync(ParquetRowGroupWriter group) => group.WriteAsync(Field, _values!, null);
}

/// <summary>A 32-bit integer column (<c>INTEGER</c>), or a nullable one.</summary>
internal sealed class IntColumn : ParquetColumn
{
    private readonly List<int?> _values = new();

    public IntColumn(string name, bool nullable = false) => Field = new DataField<int>(name, nullable);

    public override DataField Field { get; }

    public void Add(int? value)
    {
        if (value is null && !Field.IsNullable)
        {
            throw new InvalidOperationException("the column '" + Field.Name + "' holds no nulls");
        }

        _values.Add(value);
    }

    public override Task WriteAsync(ParquetRowGroupWriter group)
    {
        if (Field.IsNullable)
        {
            return group.WriteAsync<int>(Field, new ReadOnlyMemory<int?>(_values.ToArray()), null);
        }

        var values = new int[_values.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = _values[i]!.Value;
        }

        return group.WriteAsync<int>(Field, new ReadOnlyMemory<int>(values), null);
    }
}

/// <summary>A nullable calendar date column (<c>DATE</c>).</summary>
internal sealed class DateColumn : ParquetColumn
{
    private readonly List<DateOnly?> _values = new();

    public DateColumn(string name) => Field = new DataField<DateOnly>(name, true);

    public override DataField Field { get; }

    public void Add(DateOnly? value) => _values.Add(value);

    public override Task WriteAsync(ParquetRowGroupWriter group) => group.WriteAsync<DateOnly>(Field, new ReadOnlyMemory<DateOnly?>(_values.ToArray()), null);
}

/// <summary>Writes a table: one Parquet file, one row group, the columns in the order given.</summary>
internal static class ParquetTable
{
    public static void Write(string path, params ParquetColumn[] columns)
    {
        var fields = new Field[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            fields[i] = columns[i].Field;
        }

        WriteAsync(path, new ParquetSchema(fields), columns).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(string path, ParquetSchema schema, ParquetColumn[] columns)
    {
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        foreach (ParquetColumn column in columns)
        {
            await column.WriteAsync(group).ConfigureAwait(false);
        }
    }
}
