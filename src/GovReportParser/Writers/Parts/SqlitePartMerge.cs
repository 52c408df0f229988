using GovReportParser.Writers.Dataset;
using Microsoft.Data.Sqlite;

namespace GovReportParser.Writers.Parts;

/// <summary>
/// The parts' databases merged into one by a streaming copy: each part's rows read in the order they went in (rowid)
/// and inserted report by report, the values as stored (integer, real, text, null), through the one database writer,
/// so that windows, indexes and views come out as one unsharded run makes them, byte for byte.
/// </summary>
public static class SqlitePartMerge
{
    public static void Merge(IReadOnlyList<string> partDirectories, string targetDirectory, int reportsPerWindow)
    {
        using var writer = new SqliteDatasetWriter(targetDirectory, reportsPerWindow);
        foreach (var part in partDirectories)
        {
            var path = PartFile.PathOf(part, SqliteDatasetWriter.FileName);
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            foreach (var report in PartRows.ByReport(part, DatasetTables.All.Select(t => Rows(connection, t)).ToArray()))
                writer.AddRows(report);
        }
        writer.Complete();
    }

    private static IEnumerable<object?[]> Rows(SqliteConnection connection, DatasetTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {SqliteSchema.Quote(table.Name)} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }
}
