using System.Text;
using GovReportParser.Panel;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Panel;

/// <summary>
/// The corpus's 平潭 reports as a panel. By the identity rules 005 (平潭县人民政府, 2012) is another body than
/// 平潭综合实验区 (006: 2016, 007 and its page 009: 2019, 008 and its page 010: 2022); the pages are copies in another
/// format and must agree with their texts. Copies of 007 moved to 2020 and 2021 fill the years between; the 2021 copy
/// carries 2019's 0 forward, while 2022 says 1 was carried over: the broken pair.
/// </summary>
public class PanelCorpusTests
{
    [Test]
    public void Given_the_pingtan_reports_and_year_copies_When_batched_Then_every_consecutive_pair_is_checked_and_the_broken_one_fails_with_both_numbers()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        foreach (var name in new[] { "005.txt", "006.txt", "007.txt", "008.txt", "009.html", "010.html" })
            input.Write(name, File.ReadAllBytes(SharedCorpus.File($"corpus/raw/{name}")));
        var text = File.ReadAllText(SharedCorpus.File("corpus/raw/007.txt"), Encoding.UTF8);
        input.Write("007-as-2020.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1)));
        input.Write("007-as-2021.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 2)));

        CliRun.Of("batch", input.Path, "--out", output.Path, "-q");

        var rows = CsvFile.Read(output.File(PanelTable.FileName));
        Assert.That(rows.Select(r => r["agency"]).Distinct(), Is.EqualTo(new[] { "平潭综合实验区" }));
        var carry = rows.Where(r => r["rule"].StartsWith("panel.carry_over.", StringComparison.Ordinal)).ToArray();
        Assert.That(carry.Select(r => (r["year_a"], r["year_b"])).Distinct(), Is.EqualTo(new[] { ("2019", "2020"), ("2020", "2021"), ("2021", "2022") }));
        foreach (var pair in carry.GroupBy(r => r["year_a"]))
            Assert.That(pair.Count(), Is.EqualTo(PanelKeys.Table3Columns.Count), $"every column from {pair.Key}");
        var broken = carry.Where(r => r["ok"] == "false").ToArray();
        Assert.That(broken.Select(r => r["year_b"]).Distinct(), Is.EqualTo(new[] { "2022" }));
        var total = broken.Single(r => r["rule"] == "panel.carry_over.total");
        Assert.That((total["file_a"], total["value_a"], total["value_b"]), Is.EqualTo(("007-as-2021.txt", "0", "1")));
        Assert.That(total["file_b"], Is.AnyOf("008.txt", "010.html"), "either copy of 2022 stands for it");
        Assert.That(total["detail"], Is.EqualTo("2022 二、上年结转政府信息公开申请数量 1 ≠ 2021 四、结转下年度继续办理 0"));
        var gap = rows.Single(r => r["rule"] == "panel.gap");
        Assert.That((gap["year_a"], gap["year_b"], gap["file_a"]), Is.EqualTo(("2016", "2019", "006.txt")));
        Assert.That(rows.Where(r => r["rule"] == "panel.duplicate").Select(r => r["detail"]), Is.Empty, "the pages agree with their texts");
    }
}
