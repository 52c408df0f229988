using System.Text;
using System.Text.Json;
using GovReportParser.Batch;
using GovReportParser.Pipeline;
using GovReportParser.Tests.Readers.Docx;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Robustness;

/// <summary>
/// Thousands of damaged copies of the samples (txt, HTML, PDF, and Word copies of the txt), with structural attacks mixed
/// in (<see cref="HostileSeeds"/>: reference cycles, deep nesting, compressed bombs), through the parser and the JSON and
/// CSV writers: each must end parsed or failed with a reason — never an unhandled exception, never a hang. The seed is
/// fixed; a longer run:
/// <c>GOVREPORT_FUZZ_ITERATIONS=50000 GOVREPORT_FUZZ_SEED=7 dotnet test tests/GovReportParser.Tests --filter FuzzTests</c>.
/// </summary>
[NonParallelizable]
public class FuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("GOVREPORT_FUZZ_ITERATIONS"), out var n) ? n : 3000;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("GOVREPORT_FUZZ_SEED"), out var s) ? s : 20261123;

    /// <summary>A guard against hangs only: a parse that has not ended by then is reported, whatever the machine's speed.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <summary>Parses the file and renders its JSON (when parsed) and its CSV rows, as a batch would, under the hang guard.</summary>
    private static ParseOutcome ParseGuarded(string directory, string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        var task = Task.Factory.StartNew(() =>
        {
            var outcome = BatchRunner.ParseSafely(ReportParser.Default, path, name);
            var json = outcome.Report is { } report ? JsonReportWriter.RenderUtf8(report) : null;
            return (Outcome: outcome, Json: json, Csv: CsvDatasetWriter.Render(outcome));
        }, TaskCreationOptions.LongRunning);
        Assert.That(task.Wait(HangGuard), Is.True, $"{name} did not finish (hang?)");
        var (outcome, json, csv) = task.Result;
        if (json is not null)
            using (var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1024 }))
                Assert.That(parsed.RootElement.GetProperty("source").GetProperty("path").GetString(), Does.EndWith(name));
        Assert.That(csv.Tables, Has.Count.EqualTo(CsvDatasetWriter.FileNames.Count));
        Assert.That(Encoding.UTF8.GetString(csv.Tables[0]), Does.StartWith(name), "every input has its reports.csv row");
        return outcome;
    }

    private static void AssertEndedCleanly(ParseOutcome outcome)
    {
        Assert.That(outcome.Report is not null || !string.IsNullOrWhiteSpace(outcome.Error), Is.True, outcome.File);
        Assert.That(outcome.Error ?? "", Does.Not.StartWith("internal error"), outcome.File);
        Assert.That(outcome.Error ?? "", Does.Not.Contain('\n'), "a reason is one line");
    }

    /// <summary>One mutation in this many is a structural attack (<see cref="HostileSeeds"/>), itself damaged half the time.</summary>
    private const int HostileShare = 60;

    private const int PdfShare = 25;

    [Test]
    public void Given_thousands_of_damaged_samples_When_parsed_Then_each_ends_parsed_or_failed_with_a_reason()
    {
        var sources = Directory.GetFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (Extension: Path.GetExtension(p), Bytes: File.ReadAllBytes(p)))
            .ToArray();
        // Word copies of the txt samples: a .docx is a zip, so damage to it tests the zip and XML readers.
        sources = [.. sources, .. sources.Where(s => s.Extension == ".txt").Select(s => (".docx", DocxFromText.Make(Encoding.UTF8.GetString(s.Bytes))))];
        var random = new Random(Seed);
        using var dir = new TempDir();
        int parsed = 0, failed = 0;
        for (var i = 0; i < Iterations; i++)
        {
            byte[] bytes;
            string extension;
            if (random.Next(HostileShare) == 0)
            {
                var (name, seed) = HostileSeeds.All[random.Next(HostileSeeds.All.Count)];
                (extension, bytes) = (Path.GetExtension(name), random.Next(2) == 0 ? seed : Mutations.Apply(seed, random));
            }
            else
            {
                // PDFs are slow to parse whole (they took half the time at one in ten); one mutation in PdfShare is of a PDF.
                var pool = random.Next(PdfShare) == 0 ? sources.Where(s => s.Extension == ".pdf").ToArray() : sources.Where(s => s.Extension != ".pdf").ToArray();
                var source = pool[random.Next(pool.Length)];
                (extension, bytes) = (source.Extension, Mutations.Apply(source.Bytes, random));
            }
            var outcome = ParseGuarded(dir.Path, $"m{i:D5}{extension}", bytes);
            AssertEndedCleanly(outcome);
            if (outcome.Report is null) failed++; else parsed++;
        }
        Assert.That(parsed, Is.GreaterThan(0), "some damage leaves a readable report");
        Assert.That(failed, Is.GreaterThan(0), "some damage makes a file unreadable");
        TestContext.Out.WriteLine($"seed {Seed}: {Iterations} mutations, {parsed} parsed, {failed} failed with a reason");
    }

    [TestCaseSource(typeof(HostileSeeds), nameof(HostileSeeds.Names))]
    public void Given_a_structural_attack_When_parsed_Then_it_ends_parsed_or_failed_with_a_reason(string name)
    {
        using var dir = new TempDir();
        AssertEndedCleanly(ParseGuarded(dir.Path, name, HostileSeeds.All.Single(s => s.Name == name).Bytes));
    }

    [Test]
    public void Given_every_sample_PDF_cut_in_half_When_parsed_Then_each_fails_with_a_reason_or_reads_what_is_there()
    {
        using var dir = new TempDir();
        foreach (var pdf in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "pdf"), "*.pdf").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(pdf);
            AssertEndedCleanly(ParseGuarded(dir.Path, "half-" + Path.GetFileName(pdf), bytes[..(bytes.Length / 2)]));
        }
    }

    [Test]
    public void Given_a_50_MB_line_When_parsed_Then_it_is_refused_by_the_documented_limit()
    {
        using var dir = new TempDir();
        var outcome = ParseGuarded(dir.Path, "huge.txt", Mutations.HugeLine(File.ReadAllText(RepoPaths.SampleTxt("002_")), 50));
        Assert.That(outcome.Error, Does.Contain("over the limit"));
    }
}
