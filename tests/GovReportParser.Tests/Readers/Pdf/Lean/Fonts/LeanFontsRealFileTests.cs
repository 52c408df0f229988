using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Every font PdfPig draws a letter in, in every PDF of the samples, the test PDFs and (when ../shared is there) the corpus: the lean
/// font read from the same dictionary either refuses it, or gives PdfPig's own values — name, writing mode, line box,
/// and for every code it is asked about, text and advance (a code it refuses is counted, not compared).
/// </summary>
public class LeanFontsRealFileTests
{
    private static IEnumerable<string> SamplePdfs() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Samples, "pdf"), "*.pdf").Order().Select(Path.GetFileName)!;

    [TestCaseSource(nameof(SamplePdfs))]
    public void SampleFontsMatchPdfPig(string name) => AssertFontsMatch(Path.Combine(RepoPaths.Samples, "pdf", name));

    /// <summary>The test PDFs with text (a standard 14 font and STSong-Light with a predefined CMap among them: refused).</summary>
    [TestCase("report.pdf"), TestCase("unruled.pdf"), TestCase("unmapped-glyphs.pdf"), TestCase("rotated.pdf"), TestCase("garbled-only.pdf")]
    public void TestPdfFontsMatchPdfPig(string name) => AssertFontsMatch(RepoPaths.TestData(Path.Combine("Pdf", name)));

    [TestCase("001"), TestCase("002"), TestCase("003")]
    public void CorpusFontsMatchPdfPig(string id) => AssertFontsMatch(SharedCorpus.File($"corpus/raw/{id}.pdf"));

    private static void AssertFontsMatch(string path)
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(path), new ParsingOptions { UseLenientParsing = true });
        var scanner = pdf.Structure.TokenScanner;
        var seen = new HashSet<UglyToad.PdfPig.Core.IndirectReference>();
        var loaded = 0;
        var compared = 0;
        var mismatches = new List<string>();
        for (var p = 1; p <= pdf.NumberOfPages; p++)
        {
            foreach (var letter in pdf.GetPage(p).Letters)
            {
                if (letter.FontDetails.FontDictionaryReference is not { } reference || !seen.Add(reference))
                    continue;
                var pig = letter.GetFont()!;
                var dictionary = (DictionaryToken)scanner.Get(reference)!.Data;
                ILeanFont lean;
                try
                {
                    lean = LeanFonts.Load(dictionary, scanner, DefaultFilterProvider.Instance);
                }
                catch (LeanUnsupportedException e)
                {
                    TestContext.Progress.WriteLine($"{Path.GetFileName(path)} {letter.FontName}: refused, {e.Message}");
                    continue;
                }
                loaded++;
                var (differences, count) = PdfPigFontComparison.Compare(pig, letter.FontName, lean, PdfPigFontComparison.Codes(lean));
                mismatches.AddRange(differences);
                compared += count;
            }
        }
        TestContext.Progress.WriteLine($"{Path.GetFileName(path)}: {loaded} of {seen.Count} fonts read, {compared} values compared");
        Assert.That(seen, Is.Not.Empty, "the letters name their font dictionaries");
        Assert.That(compared, loaded > 0 ? Is.GreaterThan(0) : Is.EqualTo(0), "values compared");
        Assert.That(mismatches, Is.Empty, $"{Path.GetFileName(path)}: {loaded} fonts read");
    }
}
