using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using GovReportParser.Writers.Dataset;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

public class CsvDatasetWriterTests
{
    /// <summary>A made-up report: a negative table-2 cell, and text cells that a spreadsheet would run as formulas.</summary>
    private static Report MadeUpReport() => new()
    {
        Source = new SourceInfo("made-up.txt", "txt", "utf-8", new string('0', 64)),
        Info = new ReportMetadata { Title = "=HYPERLINK(\"x\")", Agency = "某县 人民政府", Year = 2021, Template = "2021" },
        Sections = [],
        Figures = [new Figure { Value = -3.5m, Unit = "万元", Text = "-3.5万元" }],
        Tables = [],
        Metrics = new Dictionary<string, decimal> { ["t2.licensing.change"] = -1, ["t2.fees.amount"] = 12.5m },
        MetricSources = new Dictionary<string, MetricSource>
        {
            ["t2.licensing.change"] = new("table") { Table = "t2", Row = "行政许可", Column = "本年增/减", Evidence = "-1" },
        },
        Checks = [],
        Warnings = [new Warning("lost-character", "a character was lost", 7)],
    };

    private static (string[] Header, List<string[]> Rows) Write(string table, ParseOutcome outcome, bool bom = true)
    {
        using var dir = new TempDir();
        using (var csv = new CsvDatasetWriter(dir.Path, bom))
        {
            csv.Add(outcome);
            csv.Complete();
        }
        return SampleDataset.ReadCsv(dir.File(table + ".csv"));
    }

    [Test]
    public void Given_a_negative_cell_When_written_to_metrics_csv_Then_the_number_is_not_escaped_but_formula_like_text_is()
    {
        var (header, rows) = Write("metrics", new ParseOutcome("made-up.txt", MadeUpReport(), null));
        var change = rows.Single(r => r[1] == "t2.licensing.change");
        Assert.That(change[Array.IndexOf(header, "value")], Is.EqualTo("-1"));
        Assert.That(change[Array.IndexOf(header, "evidence")], Is.EqualTo("'-1"), "text that starts like a formula is escaped");
        Assert.That(rows.Single(r => r[1] == "t2.fees.amount")[2], Is.EqualTo("12.5"));
    }

    [Test]
    public void Given_a_negative_figure_and_a_formula_title_When_written_Then_only_the_text_is_escaped()
    {
        var outcome = new ParseOutcome("made-up.txt", MadeUpReport(), null);
        Assert.That(Write("figures", outcome).Rows.Single()[2..4], Is.EqualTo(new[] { "-3.5", "万元" }));
        var (header, rows) = Write("reports", outcome);
        Assert.That(rows.Single()[Array.IndexOf(header, "title")], Is.EqualTo("'=HYPERLINK(\"x\")"));
        Assert.That(rows.Single()[Array.IndexOf(header, "report_key")], Is.EqualTo("某县/2021/2021"), "the agency's identity: whitespace and the form of government removed");
    }

    [Test]
    public void Given_a_report_with_a_warning_When_written_Then_warnings_csv_holds_file_code_line_and_message()
    {
        var (header, rows) = Write("warnings", new ParseOutcome("made-up.txt", MadeUpReport(), null));
        Assert.That(header, Is.EqualTo(new[] { "file", "code", "line", "message" }));
        Assert.That(rows.Single(), Is.EqualTo(new[] { "made-up.txt", "lost-character", "7", "a character was lost" }));
    }

    [Test]
    public void Given_a_skipped_file_When_written_Then_reports_csv_has_a_skipped_row_with_its_reason()
    {
        var (header, rows) = Write("reports", ParseOutcome.Skip("old/x.doc", "no reader for .doc"));
        Assert.That(rows.Single()[..3], Is.EqualTo(new[] { "old/x.doc", "skipped", "no reader for .doc" }));
        Assert.That(rows.Single().Skip(3).All(c => c.Length == 0), Is.True);
        Assert.That(header, Has.Length.EqualTo(DatasetTables.Reports.Columns.Count));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Given_the_byte_order_mark_option_When_written_Then_every_file_starts_with_it_or_not(bool bom)
    {
        using var dir = new TempDir();
        using (var csv = new CsvDatasetWriter(dir.Path, bom))
        {
            csv.Add(new ParseOutcome("made-up.txt", MadeUpReport(), null));
            csv.Complete();
        }
        foreach (var name in CsvDatasetWriter.FileNames)
            Assert.That(File.ReadAllBytes(dir.File(name)).Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), Is.EqualTo(bom), name);
    }
}
