using GovReportParser.Batch;
using GovReportParser.Model;
using GovReportParser.Pipeline;
using GovReportParser.Readers.Pdf;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;
using UglyToad.PdfPig.Content;

namespace GovReportParser.Tests.Hostile;

/// <summary>
/// Issue 13's PDF findings, each made at test time: every one ends in one clear reason or a correct parse, in bounded time
/// (the bound is generous: it only catches hangs) and without taking the process down.
/// </summary>
public class PdfHostileTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(90);

    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        Assert.That(task.Wait(Hang), Is.True, $"did not finish within {Hang.TotalSeconds} s");
        return task.Result;
    }

    private static string Refusal(byte[] pdf) =>
        Bounded(() => Assert.Throws<InvalidInputException>(() => new PdfReader().Read(pdf, "hostile.pdf"))!.Message);

    [Test]
    public void ThePlainControlFileIsRead()
    {
        var doc = Bounded(() => new PdfReader().Read(HostilePdfs.Plain(), "plain.pdf"));

        Assert.That(doc.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "Annual report on government information disclosure" }));
    }

    [Test]
    public void FormXObjectsDrawingEachOtherAreRefused() =>
        Assert.That(Refusal(HostilePdfs.FormCycle()), Does.StartWith("broken PDF: Form XObjects draw each other in a loop"));

    [Test]
    public void ResourcesThatReferToThemselvesAreRefused() =>
        Assert.That(Refusal(HostilePdfs.ResourcesCycle()), Does.Match("^broken PDF: objects [0-9]+, [0-9]+ refer to each other in a loop$"));

    [Test]
    public void AMediaBoxThatRefersToItselfIsRefused() =>
        Assert.That(Refusal(HostilePdfs.MediaBoxCycle()), Does.Match("^broken PDF: objects [0-9]+, [0-9]+ refer to each other in a loop$"));

    [Test]
    public void ALoopOutsideThePageTreeIsNotARefusal()
    {
        var doc = Bounded(() => new PdfReader().Read(HostilePdfs.CycleOutsideThePageTree(), "tagged.pdf"));

        Assert.That(doc.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "Annual report on government information disclosure" }));
    }

    [Test]
    public void AnInheritedMediaBoxContainingItselfIsRefused() =>
        Assert.That(Refusal(HostilePdfs.InheritedMediaBoxCycle()), Does.StartWith("broken PDF: no page can be read"));

    [Test]
    public void AContentStreamThatInflatesPastTheLimitIsRefused()
    {
        var bomb = HostilePdfs.PathBomb(64);

        Assert.That(bomb.Length, Is.LessThan(1024 * 1024), "the bomb is small on disk");
        Assert.That(Refusal(bomb), Is.EqualTo("a page's content decodes to more than 4 MiB (a decompression bomb?)"));
    }

    [Test]
    public void FormXObjectsThatFanOutAreRefusedBeforeTheyAreDrawn() =>
        Assert.That(Refusal(HostilePdfs.FormFanOut(levels: 8, fanOut: 10)),
            Is.EqualTo("a page draws more than 4 MiB of content through nested Form XObjects (a fan-out bomb?)"));

    [Test]
    public void FormXObjectsDrawnAFewTimesEachAreRead()
    {
        var doc = Bounded(() => new PdfReader().Read(HostilePdfs.FormFanOut(levels: 3, fanOut: 2), "forms.pdf"));

        // Every drawing of the innermost form's line lands on the page's own line: one line, the copies removed as fake bold.
        Assert.That(doc.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "Annual report on government information disclosure" }));
    }

    [Test]
    public void TooManyPagesAreRefusedBeforeAnyPageIsRead() =>
        Assert.That(Refusal(HostilePdfs.ManyPages(PdfLimits.MaxPages + 1)),
            Is.EqualTo($"PDF of {PdfLimits.MaxPages + 1:N0} pages is over the limit of {PdfLimits.MaxPages:N0} pages"));

    [Test]
    public void APageOf300000GlyphsIsParsedWhole()
    {
        var report = Bounded(() => ReportParser.Default.Parse(HostilePdfs.CrowdedPage(rows: 300, columns: 1000), "crowded.pdf"));
        var doc = Bounded(() => new PdfReader().Read(HostilePdfs.CrowdedPage(rows: 300, columns: 1000), "crowded.pdf"));

        Assert.That(report.Source.Format, Is.EqualTo("pdf"));
        Assert.That(doc.Blocks.Select(b => b.Text).ToList(), Has.Count.EqualTo(300).And.All.EqualTo(new string('8', 1000)));
    }

    [Test]
    public void AFailureOfOurOwnPageCodeIsAnInternalErrorNotADroppedPage()
    {
        var reader = new PdfReader((Page _, int _, out int _, ICollection<Warning> _) => throw new InvalidOperationException("a bug in line building"));
        var parser = new ReportParserBuilder { Readers = { reader } }.Build();
        using var dir = new TempDir();
        var path = dir.Write("report.pdf", HostilePdfs.Plain());

        Assert.Throws<InvalidOperationException>(() => reader.Read(HostilePdfs.Plain(), "report.pdf"));
        Assert.That(BatchRunner.ParseSafely(parser, path, "report.pdf").Error,
            Does.StartWith("internal error: InvalidOperationException: a bug in line building").And.Contains(" (in PdfHostileTests"));
    }

    [Test]
    public void HostilePdfsInABatchAreOneLineEachAndLeaveTheGoodFileAsItIsAlone()
    {
        using var alone = new TempDir();
        using var mixed = new TempDir();
        using var aloneOut = new TempDir();
        using var mixedOut = new TempDir();
        var good = File.ReadAllBytes(RepoPaths.Sample(Path.Combine("pdf", RepoPaths.SampleIds[0] + ".pdf")));
        alone.Write("good.pdf", good);
        mixed.Write("good.pdf", good);
        mixed.Write("form-cycle.pdf", HostilePdfs.FormCycle());
        mixed.Write("resources-cycle.pdf", HostilePdfs.ResourcesCycle());
        mixed.Write("bomb.pdf", HostilePdfs.PathBomb(64));
        mixed.Write("fan-out.pdf", HostilePdfs.FormFanOut(levels: 8, fanOut: 10));

        Bounded(() => CliRun.Of("batch", alone.Path, "--out", aloneOut.Path, "--format", "json", "-q"));
        var run = Bounded(() => CliRun.Of("batch", mixed.Path, "--out", mixedOut.Path, "--format", "json", "-q"));

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(), Is.EqualTo(new[]
        {
            "error: bomb.pdf: a page's content decodes to more than 4 MiB (a decompression bomb?)",
            "error: fan-out.pdf: a page draws more than 4 MiB of content through nested Form XObjects (a fan-out bomb?)",
            "error: form-cycle.pdf: broken PDF: Form XObjects draw each other in a loop (objects 6 and 7)",
            "error: resources-cycle.pdf: broken PDF: objects 5, 6 refer to each other in a loop",
        }));
        Assert.That(Directory.GetFiles(mixedOut.Path, "*.json").Select(Path.GetFileName), Is.EqualTo(new[] { "good.json" }));
        // The same report, byte for byte, but for the input folder named in it.
        Assert.That(File.ReadAllText(mixedOut.File("good.json")).Replace(mixed.Path, "IN"),
            Is.EqualTo(File.ReadAllText(aloneOut.File("good.json")).Replace(alone.Path, "IN")));
    }
}
