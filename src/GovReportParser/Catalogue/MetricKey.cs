namespace GovReportParser.Catalogue;

/// <summary>How a metric key is made: table, row and column keys joined by dots, the empty ones left out.</summary>
public static class MetricKey
{
    public static string Of(string table, string row, string column) =>
        (row.Length, column.Length) switch
        {
            (0, 0) => table,
            (0, _) => $"{table}.{column}",
            (_, 0) => $"{table}.{row}",
            _ => $"{table}.{row}.{column}",
        };
}
