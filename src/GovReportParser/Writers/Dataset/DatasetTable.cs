namespace GovReportParser.Writers.Dataset;

/// <summary>What a cell holds, so that every format stores numbers as numbers and only text as text.</summary>
public enum CellType
{
    /// <summary>A string (or null).</summary>
    Text,
    /// <summary>An <see cref="int"/> (or null).</summary>
    Integer,
    /// <summary>A <see cref="decimal"/> (or null): metric and figure values as the report states them.</summary>
    Number,
    /// <summary>A <see cref="bool"/>, written true/false.</summary>
    Boolean,
}

public sealed record DatasetColumn(string Name, CellType Type);

/// <summary>One table of the dataset (reports, metrics, …): its name, and its columns in order.</summary>
public sealed record DatasetTable(string Name, IReadOnlyList<DatasetColumn> Columns)
{
    public IReadOnlyList<string> ColumnNames { get; } = Columns.Select(c => c.Name).ToArray();

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Name == column)
                return i;
        throw new ArgumentException($"table {Name} has no column {column}", nameof(column));
    }
}
