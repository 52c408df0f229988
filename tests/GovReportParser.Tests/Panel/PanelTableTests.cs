using GovReportParser.Panel;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Tests.Writers;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace GovReportParser.Tests.Panel;

public class PanelTableTests
{
    private static readonly PanelFinding Broken = new("青山县人民政府", "青山县", "panel.carry_over.total", false, PanelSeverity.Failure,
        new PanelSide(2021, "a/2021.txt", "a/2021.json", 3), new PanelSide(2022, "a/2022.txt", "a/2022.json", 4.5m), "=cmd, with a comma");

    private static readonly PanelFinding Gap = new("青山县人民政府", null, "panel.gap", false, PanelSeverity.Review,
        new PanelSide(2022, "a/2022.txt", "a/2022.json", null), new PanelSide(2024, "a/2024.txt", "a/2024.json", null), "no report for 2023");

    [Test]
    public void Given_findings_When_written_Then_panel_csv_has_a_BOM_the_header_and_both_sides_and_no_temporary_file_is_left()
    {
        using var dir = new TempDir();
        var path = PanelTable.Write(dir.Path, [Broken]);
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var row = CsvFile.Read(path).Single();
        Assert.That(row.Keys, Is.EqualTo(DatasetTables.Panel.ColumnNames));
        Assert.That((row["ok"], row["year_a"], row["file_a"], row["value_a"], row["year_b"], row["file_b"], row["value_b"], row["severity"]),
            Is.EqualTo(("false", "2021", "a/2021.txt", "3", "2022", "a/2022.txt", "4.5", "failure")));
        Assert.That(row["detail"], Does.EndWith("cmd, with a comma").And.Not.StartWith("="), "formula-like cells are escaped");
        Assert.That(Directory.GetFiles(dir.Path), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void Given_no_byte_order_mark_asked_When_written_Then_panel_csv_has_none()
    {
        using var dir = new TempDir();
        var path = PanelTable.Write(dir.Path, [Broken], [], new DatasetOptions { ByteOrderMark = false });
        Assert.That(File.ReadAllBytes(path)[0], Is.EqualTo((byte)'a'));
    }

    [Test]
    public async Task Given_a_batch_database_and_parquet_asked_When_written_Then_the_panel_is_a_typed_table_in_both()
    {
        using var dir = new TempDir();
        using (var database = new SqliteDatasetWriter(dir.Path))
            database.Complete();

        PanelTable.Write(dir.Path, [Broken, Gap], ["sqlite", "parquet"]);

        using (var db = new SqliteConnection($"Data Source={dir.File(SqliteDatasetWriter.FileName)};Mode=ReadOnly;Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT rule, ok, year_a, typeof(year_a), value_a, typeof(value_a), value_b, region FROM panel ORDER BY rowid";
            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
            Assert.That(rows[0], Is.EqualTo(new object?[] { "panel.carry_over.total", 0L, 2021L, "integer", 3L, "integer", 4.5, "青山县" }));
            Assert.That(rows[1], Is.EqualTo(new object?[] { "panel.gap", 0L, 2022L, "integer", null, "null", null, null }));
        }
        var (columns, parquetRows) = await ParquetDatasetWriterTests.ReadAll(dir.File("panel.parquet"));
        Assert.That(columns, Is.EqualTo(DatasetTables.Panel.ColumnNames));
        Assert.That(parquetRows[0][3..8], Is.EqualTo(new object?[] { false, "failure", 2021, "a/2021.txt", 3.0 }));
        Assert.That(parquetRows[1][7], Is.Null);
        Assert.That(Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "govreport.sqlite", "panel.csv", "panel.parquet" }));
    }

    [Test]
    public void Given_no_database_When_sqlite_is_asked_Then_none_is_made()
    {
        using var dir = new TempDir();
        PanelTable.Write(dir.Path, [Broken], ["sqlite"]);
        Assert.That(File.Exists(dir.File(SqliteDatasetWriter.FileName)), Is.False);
    }
}
