using GovReportParser.Panel;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Panel;

public class PanelCsvTests
{
    [Test]
    public void Given_findings_When_written_Then_panel_csv_has_a_BOM_the_header_and_both_sides_and_no_temporary_file_is_left()
    {
        using var dir = new TempDir();
        var finding = new PanelFinding("青山县人民政府", "青山县", "panel.carry_over.total", false, PanelSeverity.Failure,
            new PanelSide(2021, "a/2021.txt", "a/2021.json", 3), new PanelSide(2022, "a/2022.txt", "a/2022.json", 4), "=cmd, with a comma");
        var path = PanelCsv.Write(dir.Path, [finding]);
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var row = CsvFile.Read(path).Single();
        Assert.That(row.Keys, Is.EqualTo(PanelCsv.Columns));
        Assert.That((row["year_a"], row["file_a"], row["value_a"], row["year_b"], row["file_b"], row["value_b"], row["severity"]),
            Is.EqualTo(("2021", "a/2021.txt", "3", "2022", "a/2022.txt", "4", "failure")));
        Assert.That(row["detail"], Does.EndWith("cmd, with a comma").And.Not.StartWith("="), "formula-like cells are escaped");
        Assert.That(Directory.GetFiles(dir.Path), Is.EqualTo(new[] { path }));
    }
}
