namespace GovReportParser.Writers.Dataset;

/// <summary>
/// Writes a table of the whole batch (<see cref="DatasetTables.Panel"/>) after the reports' tables are in place, in
/// every table format asked for: <c>NAME.csv</c> always (the batch's own record of it), a table of the same name in
/// <c>govreport.sqlite</c> and <c>NAME.parquet</c> when those formats were written. xlsx is not among them: the workbook
/// is finished when the reports' tables are.
/// </summary>
public static class BatchTables
{
    /// <summary>Writes the table; returns the CSV file's path.</summary>
    public static string Write(string directory, IEnumerable<string> formats, DatasetTable table, IReadOnlyList<object?[]> rows,
        DatasetOptions? options = null)
    {
        options ??= new DatasetOptions();
        var asked = formats.ToHashSet(StringComparer.Ordinal);
        var csv = CsvDatasetWriter.WriteFile(directory, table, rows, options.ByteOrderMark);
        if (asked.Contains("sqlite"))
            SqliteDatasetWriter.AddTable(directory, table, rows);
        if (asked.Contains("parquet"))
            ParquetDatasetWriter.WriteFile(directory, table, rows);
        return csv;
    }
}
