using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using GovReportParser.Tests.Hostile;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>
/// The proof of the lean text layer: on every page of every PDF at hand (samples, test data, the hostile files made at
/// test time, and ../shared's corpus when present) it gives PdfPig's glyphs and rules, or leaves the page to PdfPig.
/// Real reports must not be left to PdfPig: each page that is costs the speed the layer is for.
/// </summary>
public class LeanEquivalenceTests
{
    private static readonly FontLoader Fonts = LeanFonts.Load;

    public static IEnumerable<TestCaseData> RealReports()
    {
        foreach (var id in RepoPaths.SampleIds)
            yield return new TestCaseData(Path.Combine("samples", "pdf", id + ".pdf")).SetName($"sample {id}");
        foreach (var name in new[] { "001.pdf", "002.pdf", "003.pdf" })
            yield return new TestCaseData(Path.Combine("..", "shared", "corpus", "raw", name)).SetName($"corpus {name}");
    }

    public static IEnumerable<TestCaseData> TestDataPdfs() =>
        Directory.GetFiles(RepoPaths.TestData("Pdf"), "*.pdf").Order(StringComparer.Ordinal)
            .Select(p => new TestCaseData(Path.GetFileName(p)).SetName($"test data {Path.GetFileName(p)}"));

    public static IEnumerable<TestCaseData> HostilePdfs()
    {
        yield return new TestCaseData((Func<byte[]>)Hostile.HostilePdfs.Plain).SetName("hostile plain");
        yield return new TestCaseData((Func<byte[]>)Hostile.HostilePdfs.FakeBold).SetName("hostile fake bold");
        yield return new TestCaseData((Func<byte[]>)(() => Hostile.HostilePdfs.CrowdedPage(40, 40))).SetName("hostile crowded page");
        yield return new TestCaseData((Func<byte[]>)(() => Hostile.HostilePdfs.ManyPages(30))).SetName("hostile many pages");
        yield return new TestCaseData((Func<byte[]>)(() => Hostile.HostilePdfs.FormFanOut(2, 3))).SetName("hostile small fan-out");
        yield return new TestCaseData((Func<byte[]>)Hostile.HostilePdfs.FormCycle).SetName("hostile form cycle");
        yield return new TestCaseData((Func<byte[]>)Hostile.HostilePdfs.ResourcesCycle).SetName("hostile resources cycle");
        yield return new TestCaseData((Func<byte[]>)Hostile.HostilePdfs.MediaBoxCycle).SetName("hostile media box cycle");
    }

    private static Equivalence Run(byte[] bytes, string name)
    {
        var result = LeanEquivalence.Compare(bytes, Fonts);
        TestContext.Out.WriteLine($"{name}: {result.Pages} pages, {result.Fallbacks.Count} left to PdfPig"
            + string.Concat(result.Fallbacks.Select(f => $"\n  page {f.Page}: {f.Reason}")));
        Assert.That(result.Differences, Is.Empty, name);
        return result;
    }

    [TestCaseSource(nameof(RealReports))]
    public void RealReportsAreReadAsPdfPigReadsThemWithoutFallingBack(string relative)
    {
        var path = relative.StartsWith("samples", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, relative)
            : SharedCorpus.File(Path.Combine("corpus", "raw", Path.GetFileName(relative)));
        var result = Run(File.ReadAllBytes(path), relative);

        Assert.That(result.Pages, Is.GreaterThan(0));
        Assert.That(result.Fallbacks, Is.Empty, "pages left to PdfPig");
    }

    [TestCaseSource(nameof(TestDataPdfs))]
    public void TestDataPdfsAreReadAsPdfPigReadsThem(string name)
    {
        var bytes = File.ReadAllBytes(RepoPaths.TestData(Path.Combine("Pdf", name)));
        try
        {
            Run(bytes, name);
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) == true)
        {
            // A file PdfPig cannot open at all (encrypted, truncated) has no pages to compare.
            TestContext.Out.WriteLine($"{name}: not opened ({e.GetType().Name})");
        }
    }

    [TestCaseSource(nameof(HostilePdfs))]
    public void HostilePdfsAreReadAsPdfPigReadsThemOrLeftToIt(Func<byte[]> make) => Run(make(), TestContext.CurrentContext.Test.Name);
}
