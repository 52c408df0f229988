using CsvHelper;

namespace GovReportParser.Tests.Panel;

/// <summary>A CSV file of ours read into rows by column name.</summary>
internal static class CsvFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        using var reader = CsvReader.Create(File.OpenRead(path), null, leaveOpen: false);
        while (reader.Read())
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        return rows;
    }
}
