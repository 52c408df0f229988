using System.Text.Json;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

public class JsonReportPartialReadTests
{
    public static IEnumerable<string> SampleIds => RepoPaths.SampleIds;

    [TestCaseSource(nameof(SampleIds))]
    public void Given_a_sample_report_When_read_partly_Then_every_field_read_is_the_full_reads(string id)
    {
        var json = JsonReportWriter.RenderUtf8(ReportParser.Default.Parse(RepoPaths.SampleTxt(id)));
        var full = JsonReportReader.Read(json);

        var partial = JsonReportReader.ReadPartial(json)!;

        Assert.That(partial with { Metrics = full.Metrics, Checks = full.Checks }, Is.EqualTo(new PartialReport(
            full.Source.Path, full.Source.Format, full.Source.Sha256, full.Info.Title, full.Info.Agency, full.Info.Region,
            full.Info.Year, full.Info.Template, full.Metrics, full.Checks)));
        Assert.That(partial.Metrics, Is.EquivalentTo(full.Metrics));
        Assert.That(partial.Checks, Is.EqualTo(full.Checks));
    }

    [Test]
    public void Given_identity_only_When_read_partly_Then_metrics_and_checks_are_left_unread()
    {
        var json = JsonReportWriter.RenderUtf8(ReportParser.Default.Parse(RepoPaths.SampleTxt("002_")));
        var all = JsonReportReader.ReadPartial(json)!;

        var identity = JsonReportReader.ReadPartial(json, ReportParts.Identity)!;

        Assert.That(all.Metrics, Has.Count.GreaterThan(100));
        Assert.That(identity.Metrics, Is.Empty);
        Assert.That(identity.Checks, Is.Empty);
        Assert.That(identity with { Metrics = all.Metrics, Checks = all.Checks }, Is.EqualTo(all));
        Assert.That(JsonReportReader.Slim(json, ReportParts.Identity)!.Length, Is.LessThan(JsonReportReader.Slim(json)!.Length / 2));
    }

    [Test]
    public void Given_a_report_file_indented_or_compact_When_read_Then_both_give_the_same_report_and_only_the_indented_one_is_cut()
    {
        var indented = JsonReportWriter.RenderUtf8(ReportParser.Default.Parse(RepoPaths.SampleTxt("002_")));
        using var document = JsonDocument.Parse(indented);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            document.WriteTo(writer);
        var compact = buffer.WrittenSpan.ToArray();

        Assert.That(JsonReportReader.Slim(indented)!.Length, Is.LessThan(indented.Length / 2), "sections, figures and tables are cut");
        Assert.That(JsonReportReader.Slim(compact), Is.Null);
        var fromIndented = JsonReportReader.ReadPartial(indented)!;
        var fromCompact = JsonReportReader.ReadPartial(compact)!;
        Assert.That(fromIndented.Metrics, Is.EquivalentTo(fromCompact.Metrics));
        Assert.That(fromIndented.Checks, Is.EqualTo(fromCompact.Checks));
        Assert.That(fromIndented with { Metrics = fromCompact.Metrics, Checks = fromCompact.Checks }, Is.EqualTo(fromCompact));
    }

    [TestCase("{\"schema\": \"other/1\", \"source\": {}}")]
    [TestCase("[1, 2]")]
    [TestCase("not json")]
    public void Given_bytes_that_are_not_a_report_file_When_read_partly_Then_there_is_no_report(string text) =>
        Assert.That(JsonReportReader.ReadPartial(System.Text.Encoding.UTF8.GetBytes(text)), Is.Null);

    [Test]
    public void Given_the_model_When_names_are_derived_Then_they_are_the_names_the_writer_writes()
    {
        using var document = JsonDocument.Parse(JsonReportWriter.RenderUtf8(ReportParser.Default.Parse(RepoPaths.SampleTxt("002_"))));
        var root = document.RootElement;
        Assert.That(root.GetProperty(ReportJsonNames.Schema).GetString(), Is.EqualTo(Report.SchemaName));
        foreach (var name in new[] { ReportJsonNames.Path, ReportJsonNames.Format, ReportJsonNames.Sha256 })
            Assert.That(root.GetProperty(ReportJsonNames.Source).TryGetProperty(name, out _), Is.True, name);
        foreach (var name in new[] { ReportJsonNames.Title, ReportJsonNames.Agency, ReportJsonNames.Year, ReportJsonNames.Template })
            Assert.That(root.GetProperty(ReportJsonNames.Info).TryGetProperty(name, out _), Is.True, name);
        Assert.That(root.GetProperty(ReportJsonNames.Metrics).ValueKind, Is.EqualTo(JsonValueKind.Object));
        var check = root.GetProperty(ReportJsonNames.Checks)[0];
        foreach (var name in new[] { ReportJsonNames.Rule, ReportJsonNames.Ok, ReportJsonNames.Detail })
            Assert.That(check.TryGetProperty(name, out _), Is.True, name);
    }
}
