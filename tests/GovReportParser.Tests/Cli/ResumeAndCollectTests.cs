using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class ResumeAndCollectTests
{
    private static readonly string[] Tables = ["reports.csv", "metrics.csv", "sections.csv", "figures.csv", "checks.csv", "warnings.csv"];

    /// <summary>Three of the txt samples and one unreadable file: the input of an interrupted batch, in small.</summary>
    private static TempDir Input()
    {
        var input = new TempDir();
        foreach (var id in RepoPaths.SampleIds.Take(3))
            input.Write($"a/{id}.txt", File.ReadAllBytes(RepoPaths.SampleTxt(id[..4])));
        input.Write("b/empty.txt", []);
        return input;
    }

    [Test]
    public void Given_a_finished_batch_and_one_changed_input_When_resumed_Then_only_that_input_is_parsed_and_the_tables_equal_a_fresh_run()
    {
        using var input = Input();
        using var resumed = new TempDir();
        using var fresh = new TempDir();
        CliRun.Of("batch", input.Path, "--out", resumed.Path, "-q", "--isolation", "none");
        var first = RepoPaths.SampleIds[0];
        var kept = resumed.File($"a/{RepoPaths.SampleIds[1]}.json");
        File.SetLastWriteTimeUtc(kept, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        input.Write($"a/{first}.txt", File.ReadAllBytes(RepoPaths.SampleTxt("004_")));

        var run = CliRun.Of("batch", input.Path, "--out", resumed.Path, "-q", "--resume", "--isolation", "none");
        CliRun.Of("batch", input.Path, "--out", fresh.Path, "-q", "--isolation", "none");

        Assert.That(run.ExitCode, Is.EqualTo(1), "the empty file still fails");
        Assert.That(run.Out, Does.StartWith("3 parsed, 1 failed"));
        Assert.That(File.GetLastWriteTimeUtc(kept).Year, Is.EqualTo(2001), "an unchanged input's JSON is reused, not rewritten");
        Assert.That(File.ReadAllText(resumed.File($"a/{first}.json")), Is.EqualTo(File.ReadAllText(fresh.File($"a/{first}.json"))),
            "a changed input is parsed again");
        foreach (var table in Tables)
            Assert.That(File.ReadAllBytes(resumed.File(table)), Is.EqualTo(File.ReadAllBytes(fresh.File(table))), table);
    }

    [Test]
    public void Given_a_batch_output_folder_When_collected_Then_the_tables_equal_the_batch_tables_less_the_failed_row()
    {
        using var input = Input();
        using var output = new TempDir();
        using var collected = new TempDir();
        CliRun.Of("batch", input.Path, "--out", output.Path, "-q", "--isolation", "none");
        output.Write("notes/other.json", "{\"not\": \"a report\"}"u8.ToArray());

        var run = CliRun.Of("collect", output.Path, "-o", collected.Path, "--format", "csv,sqlite");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Out, Does.StartWith("3 reports collected, 1 other JSON files skipped"));
        Assert.That(run.Error, Does.Contain("notes/other.json: not a report's JSON"));
        var batchReports = File.ReadAllLines(output.File("reports.csv")).Where(l => !l.Contains(",failed,")).ToArray();
        Assert.That(File.ReadAllLines(collected.File("reports.csv")), Is.EqualTo(batchReports));
        foreach (var table in Tables.Skip(1))
            Assert.That(File.ReadAllBytes(collected.File(table)), Is.EqualTo(File.ReadAllBytes(output.File(table))), table);
        Assert.That(File.Exists(collected.File("govreport.sqlite")), Is.True);
    }

    /// <summary>Three years of one agency (a sample and two year-shifted copies): the folder a batch writes panel.csv for.</summary>
    private static TempDir ThreeYears()
    {
        var input = new TempDir();
        var text = File.ReadAllText(RepoPaths.SampleTxt("002_"));
        input.Write("y0.txt", System.Text.Encoding.UTF8.GetBytes(text));
        input.Write("y1.txt", System.Text.Encoding.UTF8.GetBytes(GovReportParser.Tests.Panel.YearCopies.Shift(text, 1)));
        input.Write("y2.txt", System.Text.Encoding.UTF8.GetBytes(GovReportParser.Tests.Panel.YearCopies.Shift(text, 2)));
        return input;
    }

    [Test]
    public void Given_several_years_of_one_agency_When_collected_elsewhere_Then_panel_csv_is_written_beside_the_tables_as_the_batch_wrote_it()
    {
        using var input = ThreeYears();
        using var output = new TempDir();
        using var collected = new TempDir();
        CliRun.Of("batch", input.Path, "--out", output.Path, "--format", "json,csv", "-q", "--isolation", "none");

        var run = CliRun.Of("collect", output.Path, "-o", collected.Path, "--format", "csv,sqlite");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(File.Exists(output.File("panel.csv")), Is.True, "the batch wrote a panel");
        Assert.That(File.ReadAllBytes(collected.File("panel.csv")), Is.EqualTo(File.ReadAllBytes(output.File("panel.csv"))));
        Assert.That(run.Out, Does.Contain("panel: ").And.Contain(collected.File("panel.csv")));
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={collected.File("govreport.sqlite")};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM panel";
        Assert.That(Convert.ToInt32(count.ExecuteScalar()), Is.EqualTo(File.ReadAllLines(output.File("panel.csv")).Length - 1));
        Assert.That(File.Exists(collected.File("summary.html")) || File.Exists(output.File("summary.html")), Is.False, "no summary unless asked");
    }

    [Test]
    public void Given_collect_with_summary_When_in_place_Then_summary_html_is_written_and_When_elsewhere_Then_it_is_refused()
    {
        using var input = ThreeYears();
        using var output = new TempDir();
        using var elsewhere = new TempDir();
        CliRun.Of("batch", input.Path, "--out", output.Path, "--format", "json", "-q", "--isolation", "none");

        var refused = CliRun.Of("collect", output.Path, "-o", elsewhere.Path, "--summary");
        var inPlace = CliRun.Of("collect", output.Path, "--summary");

        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("--summary writes summary.html beside the report JSON files"));
        Assert.That(Directory.GetFiles(elsewhere.Path), Is.Empty, "nothing written when refused");
        Assert.That(inPlace.ExitCode, Is.EqualTo(0), inPlace.Error);
        Assert.That(File.ReadAllText(output.File("summary.html")), Does.Contain("<title>批量解析概览 · 3 份</title>"), "a summary of the three reports");
        Assert.That(File.Exists(output.File("panel.csv")), Is.True);
    }

    [Test]
    public void Given_a_folder_without_reports_When_collected_Then_it_exits_1_saying_no_reports_found()
    {
        using var empty = new TempDir();
        var run = CliRun.Of("collect", empty.Path);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("no reports found"));
    }

    /// <summary>CSV alone is rendered in the worker; with other formats the report comes back as JSON: the CSVs agree.</summary>
    [Test]
    public void Given_worker_processes_When_batched_to_csv_alone_and_to_every_format_Then_the_CSVs_are_byte_identical()
    {
        using var input = Input();
        using var csvOnly = new TempDir();
        using var all = new TempDir();
        CliRun.Of("batch", input.Path, "--out", csvOnly.Path, "-q", "--format", "csv");
        var run = CliRun.Of("batch", input.Path, "--out", all.Path, "-q", "--format", "json,csv,sqlite,parquet,xlsx");
        Assert.That(run.Out, Does.StartWith("3 parsed, 1 failed"), run.Error);
        foreach (var table in Tables)
            Assert.That(File.ReadAllBytes(all.File(table)), Is.EqualTo(File.ReadAllBytes(csvOnly.File(table))), table);
        foreach (var file in new[] { "govreport.sqlite", "govreport.xlsx", "reports.parquet", "metrics.parquet" })
            Assert.That(File.Exists(all.File(file)), Is.True, file);
    }
}
