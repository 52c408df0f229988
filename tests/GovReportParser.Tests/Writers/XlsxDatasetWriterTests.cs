using System.IO.Compression;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;
using MiniExcelLibs;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

public class XlsxDatasetWriterTests
{
    private static string Workbook => SampleDataset.File(XlsxDatasetWriter.FileName);

    /// <summary>A sheet's rows as the cells MiniExcel reads (numbers come back as double, text as string), header first.</summary>
    private static List<object?[]> Sheet(string path, string name) =>
        MiniExcel.Query(path, useHeaderRow: false, sheetName: name)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray())
            .ToList();

    [Test]
    public void Given_the_samples_When_written_as_xlsx_Then_it_has_the_four_sheets_in_order()
    {
        Assert.That(MiniExcel.GetSheetNames(Workbook), Is.EqualTo(new[] { "reports", "metrics", "table3", "table4" }));
    }

    [TestCase("reports")]
    [TestCase("metrics")]
    public void Given_the_samples_When_a_long_sheet_is_read_back_Then_it_holds_the_CSV_rows_with_numbers_as_numbers(string name)
    {
        var table = DatasetTables.All.Single(t => t.Name == name);
        var (header, csvRows) = SampleDataset.Csv(CsvDatasetWriter.FileName(table));
        var rows = Sheet(Workbook, name);
        Assert.That(rows[0], Is.EqualTo(header));
        Assert.That(rows.Count - 1, Is.EqualTo(csvRows.Count));
        for (var r = 0; r < csvRows.Count; r++)
            for (var c = 0; c < header.Length; c++)
            {
                var cell = rows[r + 1][c];
                Assert.That(SampleDataset.SameAsCsv(csvRows[r][c], cell), Is.True, $"{name} row {r + 2} {header[c]}: csv '{csvRows[r][c]}', xlsx '{cell}'");
                if (table.Columns[c].Type is CellType.Number or CellType.Integer && cell is not null)
                    Assert.That(cell, Is.TypeOf<double>(), $"{name} {header[c]} is a number cell");
            }
    }

    [Test]
    public void Given_the_samples_When_the_table3_sheet_is_read_Then_it_has_printed_labels_and_the_reports_numbers()
    {
        var rows = Sheet(Workbook, "table3");
        Assert.That(rows[0][6..], Is.EqualTo(StandardTableLayout.Table3.Columns.Select(c => c.Label)));
        Assert.That(rows[0][6..], Does.Contain("自然人").And.Contains("总计"));
        var report = Samples.Report("002_");
        var newReceived = rows.Single(r => (string?)r[0] == "002_4b9b066e761ef3f1.txt" && (string?)r[4] == "new_received");
        Assert.That((string?)newReceived[5], Does.Contain("本年新收"));
        for (var c = 0; c < StandardTableLayout.Table3.Columns.Count; c++)
            Assert.That(newReceived[6 + c], Is.EqualTo((double)report.Metrics["t3.new_received." + StandardTableLayout.Table3.Columns[c].Key]));
        var table4 = Sheet(Workbook, "table4");
        Assert.That(table4[0][6..], Is.EqualTo(StandardTableLayout.Table4.Columns.Select(c => c.Label)));
        Assert.That(table4.Skip(1).Select(r => r[4]).Distinct(), Is.SubsetOf(StandardTableLayout.Table4.Rows.Select(r => r.Key)));
    }

    [Test]
    public void Given_the_samples_When_written_as_xlsx_Then_every_sheet_freezes_its_header_row()
    {
        using var zip = ZipFile.OpenRead(Workbook);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToArray();
        Assert.That(sheets, Has.Length.EqualTo(4));
        foreach (var sheet in sheets)
        {
            using var text = new StreamReader(sheet.Open());
            var xml = text.ReadToEnd();
            Assert.That(xml, Does.Contain("ySplit=\"1\"").And.Contains("state=\"frozen\""), sheet.FullName);
        }
    }

    [Test]
    public void Given_a_sheet_limit_of_ten_rows_When_more_metrics_are_written_Then_they_go_on_in_numbered_sheets_with_the_header()
    {
        using var dir = new TempDir();
        var report = Samples.Report("002_");
        using (var writer = new XlsxDatasetWriter(dir.Path, maxRowsPerSheet: 10))
        {
            writer.Add(writer.Prepare(DatasetRows.From(new ParseOutcome("a.txt", report, null))));
            writer.Complete();
        }
        var path = dir.File(XlsxDatasetWriter.FileName);
        var metricSheets = MiniExcel.GetSheetNames(path).Where(n => n.StartsWith("metrics", StringComparison.Ordinal)).ToArray();
        Assert.That(metricSheets, Has.Length.EqualTo((report.Metrics.Count + 8) / 9));
        Assert.That(metricSheets[1], Is.EqualTo("metrics (2)"));
        var rows = metricSheets.SelectMany(n => Sheet(path, n).Skip(1)).ToList();
        Assert.That(rows.Select(r => (string?)r[1]), Is.EqualTo(report.Metrics.Keys));
        Assert.That(Sheet(path, metricSheets[^1])[0], Is.EqualTo(DatasetTables.Metrics.ColumnNames));
        Assert.That(Directory.GetFiles(dir.Path), Has.Length.EqualTo(1), "spools and the temporary workbook are gone");
    }
}
