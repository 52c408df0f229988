using System.Text;
using GovReportParser.Panel;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Panel;

/// <summary>
/// A batch over a folder holding several years of one agency: sample 002 (a 2019-template report for 2020) copied to
/// other years, one copy with its 二、上年结转政府信息公开申请数量 row changed so that it no longer follows the year before.
/// </summary>
public class PanelBatchTests
{
    // The row as sample 002 prints it (tab-separated: label, blank, six applicant columns, total) and the broken one.
    private const string CarriedOverRow = "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0";
    private const string BrokenCarriedOverRow = "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2";

    [Test]
    public void Given_several_years_of_one_agency_When_batched_Then_panel_csv_checks_every_consecutive_pair_and_the_broken_one_fails_with_both_numbers()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"), Encoding.UTF8);
        Assert.That(text, Does.Contain(CarriedOverRow), "sample 002 prints the row the test changes");
        input.Write("2019.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, -1)));
        input.Write("2020.txt", Encoding.UTF8.GetBytes(text));
        input.Write("2020.html", File.ReadAllBytes(Directory.GetFiles(Path.Combine(RepoPaths.Samples, "html"), "002_*").Single()));
        input.Write("2021.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1).Replace(CarriedOverRow, BrokenCarriedOverRow)));
        input.Write("2023.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 3)));

        var run = CliRun.Of("batch", input.Path, "--out", output.Path, "-q");

        Assert.That(run.Out, Does.Contain("panel: "), run.Error);
        var rows = CsvFile.Read(output.File(PanelTable.FileName));
        var carry = rows.Where(r => r["rule"].StartsWith("panel.carry_over.", StringComparison.Ordinal)).ToArray();
        Assert.That(carry.Select(r => (r["year_a"], r["year_b"])).Distinct(), Is.EqualTo(new[] { ("2019", "2020"), ("2020", "2021") }));
        Assert.That(carry.Count(r => r["year_a"] == "2019"), Is.EqualTo(PanelKeys.Table3Columns.Count), "every column of the pair");
        Assert.That(carry.Where(r => r["year_a"] == "2019").All(r => r["ok"] == "true"), Is.True);
        var broken = carry.Where(r => r["ok"] == "false").ToArray();
        Assert.That(broken.Select(r => r["rule"]), Is.EquivalentTo(new[] { "panel.carry_over.total", "panel.carry_over.natural_person" }));
        var total = broken.Single(r => r["rule"] == "panel.carry_over.total");
        // The two copies of 2020 agree and state as many metrics: the first by name stands for the year.
        Assert.That((total["file_a"], total["value_a"], total["file_b"], total["value_b"]), Is.EqualTo(("2020.html", "0", "2021.txt", "2")));
        Assert.That(total["detail"], Is.EqualTo("2021 二、上年结转政府信息公开申请数量 2 ≠ 2020 四、结转下年度继续办理 0"));
        var gap = rows.Single(r => r["rule"] == "panel.gap");
        Assert.That((gap["year_a"], gap["year_b"], gap["severity"]), Is.EqualTo(("2021", "2023", "review")));
        Assert.That(rows.Any(r => r["rule"] == "panel.duplicate"), Is.False, "the HTML copy of 2020 agrees with the text");
    }

    [Test]
    public void Given_a_folder_read_without_metrics_When_the_panel_runs_agency_by_agency_Then_its_findings_are_those_of_the_full_read()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"), Encoding.UTF8);
        input.Write("2019.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, -1)));
        input.Write("2020.txt", Encoding.UTF8.GetBytes(text));
        input.Write("2021.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1).Replace(CarriedOverRow, BrokenCarriedOverRow)));
        input.Write("other.txt", File.ReadAllBytes(RepoPaths.SampleTxt("003_")));
        CliRun.Of("batch", input.Path, "--out", output.Path, "-q");

        var light = BatchFolder.Read(output.Path, GovReportParser.Writers.ReportParts.Identity);
        var full = BatchFolder.Read(output.Path);

        Assert.That(light.Reports.Select(r => r.Metrics.Count), Is.All.EqualTo(0), "the light pass holds no metrics");
        Assert.That(light.Reports.Select(r => r with { Metrics = full.Reports[0].Metrics, Checks = full.Reports[0].Checks }),
            Is.EqualTo(full.Reports.Select(r => r with { Metrics = full.Reports[0].Metrics, Checks = full.Reports[0].Checks })));
        var findings = PanelRules.Run(full.Reports);
        Assert.That(findings.Count(f => f.Fails), Is.GreaterThan(0), "the broken carry-over is found");
        Assert.That(PanelRules.RunByAgency(light), Is.EqualTo(findings));
    }

    [Test]
    public void Given_several_years_batched_to_sqlite_When_the_panel_runs_Then_the_database_holds_panel_csvs_rows_as_numbers()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"), Encoding.UTF8);
        input.Write("2020.txt", Encoding.UTF8.GetBytes(text));
        input.Write("2021.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1).Replace(CarriedOverRow, BrokenCarriedOverRow)));

        CliRun.Of("batch", input.Path, "--out", output.Path, "--format", "json,sqlite,parquet", "-q");

        var csv = CsvFile.Read(output.File(PanelTable.FileName));
        Assert.That(File.Exists(output.File("panel.parquet")), Is.True);
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={output.File(GovReportParser.Writers.SqliteDatasetWriter.FileName)};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT rule, ok, file_a, value_a, file_b, value_b, typeof(value_b) FROM panel ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, string, long, string, long, string)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4), reader.GetInt64(5), reader.GetString(6)));
        Assert.That(rows.Select(r => (r.Item1, r.Item2 == 1 ? "true" : "false", r.Item3, $"{r.Item4}", r.Item5, $"{r.Item6}")),
            Is.EqualTo(csv.Select(r => (r["rule"], r["ok"], r["file_a"], r["value_a"], r["file_b"], r["value_b"]))));
        Assert.That(rows.Select(r => r.Item7), Is.All.EqualTo("integer"));
        Assert.That(rows.Count(r => r.Item2 == 0), Is.EqualTo(2), "the broken carry-over, total and natural person");
    }

    [Test]
    public void Given_a_folder_of_different_agencies_When_batched_Then_no_panel_csv_is_written()
    {
        using var output = new TempDir();
        var run = CliRun.Of("batch", RepoPaths.Samples, "--out", output.Path, "-q");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(File.Exists(output.File(PanelTable.FileName)), Is.False);
        Assert.That(run.Out, Does.Not.Contain("panel: "));
    }

    [Test]
    public void Given_a_batch_output_When_checked_with_panel_Then_the_broken_carry_over_fails_the_gate()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"), Encoding.UTF8);
        input.Write("2020.txt", Encoding.UTF8.GetBytes(text));
        input.Write("2021.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1).Replace(CarriedOverRow, BrokenCarriedOverRow)));
        CliRun.Of("batch", input.Path, "--out", output.Path, "-q");

        var run = CliRun.Of("check", "--panel", output.Path);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain("panel: FAIL panel.carry_over.total: 2021 二、上年结转政府信息公开申请数量 2 ≠ 2020 四、结转下年度继续办理 0"));
        Assert.That(run.Out, Does.Contain("0 reports:"), "the output folder is read, not parsed again");
        Assert.That(run.Out.TrimEnd().Split('\n')[^1], Does.StartWith("panel: 1 agencies with several years"));
        Assert.That(CliRun.Of("check", "--panel", "--allow-inconsistent", output.Path).ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Given_report_files_of_two_years_When_checked_with_panel_Then_they_are_parsed_and_compared()
    {
        using var input = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"), Encoding.UTF8);
        var earlier = input.Write("a.txt", Encoding.UTF8.GetBytes(text));
        var later = input.Write("b.txt", Encoding.UTF8.GetBytes(YearCopies.Shift(text, 1)));
        var run = CliRun.Of("check", "--panel", earlier, later);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Out);
        Assert.That(run.Out, Does.Contain($"panel: 1 agencies with several years, {PanelKeys.Table3Columns.Count} results: {PanelKeys.Table3Columns.Count} pass, 0 fail"));
    }
}
