using GovReportParser.Readers.Pdf;
using GovReportParser.Readers.Pdf.Lean;
using NUnit.Framework;
using UglyToad.PdfPig;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>
/// Made-up content streams, one operator shape each, read with <see cref="TestFont"/> (advance 0.5, space 0.25, line box
/// -0.2..0.8): the positions are worked out by hand from the PDF text model. Rules are also compared with PdfPig's paths.
/// </summary>
public class ContentInterpreterTests
{
    private const double Tolerance = 1e-9;

    private static List<PdfGlyph> Glyphs(string content) => LeanPdf.Read(content).Glyphs;

    private static void AssertAt(PdfGlyph g, string value, double x, double y, double endX)
    {
        Assert.That(g.Value, Is.EqualTo(value));
        Assert.That(g.X, Is.EqualTo(x).Within(Tolerance), $"{value} x");
        Assert.That(g.Y, Is.EqualTo(y).Within(Tolerance), $"{value} y");
        Assert.That(g.EndX, Is.EqualTo(endX).Within(Tolerance), $"{value} end");
    }

    [Test]
    public void ShownTextAdvancesByTheFontsWidths()
    {
        var g = Glyphs("BT /F1 10 Tf 100 700 Td (AB) Tj ET");

        Assert.That(g, Has.Count.EqualTo(2));
        AssertAt(g[0], "A", 100, 700, 105);
        AssertAt(g[1], "B", 105, 700, 110);
        Assert.That((g[0].Bottom, g[0].Top, g[0].PointSize, g[0].FontName, g[0].Upright), Is.EqualTo((698.0, 708.0, 10.0, "TestSans", true)));
    }

    [Test]
    public void WordSpacingAppliesToTheSpaceCodeOnly()
    {
        var g = Glyphs("BT /F1 10 Tf 5 Tw (A B) Tj ET");

        AssertAt(g[1], " ", 5, 0, 7.5);
        AssertAt(g[2], "B", 12.5, 0, 17.5);
    }

    [Test]
    public void CharacterSpacingAndHorizontalScalingScaleTheAdvance()
    {
        var g = Glyphs("BT /F1 10 Tf 1 Tc 50 Tz (AA) Tj ET");

        AssertAt(g[0], "A", 0, 0, 2.5);
        AssertAt(g[1], "A", 3, 0, 5.5);
    }

    [Test]
    public void PositionedTextMovesBackByThousandthsOfTheSize()
    {
        var g = Glyphs("BT /F1 10 Tf [(A) -500 (B) 250 (C)] TJ ET");

        AssertAt(g[1], "B", 10, 0, 15);
        AssertAt(g[2], "C", 12.5, 0, 17.5);
    }

    [Test]
    public void NextLineOperatorsUseTheLeading()
    {
        var g = Glyphs("BT /F1 10 Tf 12 TL 50 500 Td (A) Tj T* (B) Tj (C) ' 2 1 (D E) \" 0 -20 TD (F) Tj T* (G) Tj ET");

        AssertAt(g[0], "A", 50, 500, 55);
        AssertAt(g[1], "B", 50, 488, 55);
        AssertAt(g[2], "C", 50, 476, 55);
        AssertAt(g[3], "D", 50, 464, 55);
        // Tc 1 after D, Tw 2 and Tc 1 after the space.
        AssertAt(g[4], " ", 56, 464, 58.5);
        AssertAt(g[5], "E", 61.5, 464, 66.5);
        AssertAt(g[6], "F", 50, 444, 55);
        AssertAt(g[7], "G", 50, 424, 55);
    }

    [Test]
    public void TheTextMatrixAndTheCtmCombine()
    {
        var g = Glyphs("2 0 0 2 10 20 cm BT /F1 10 Tf 1 0 0 1 5 5 Tm (A) Tj ET");

        AssertAt(g[0], "A", 20, 30, 30);
        Assert.That(g[0].PointSize, Is.EqualTo(20));
    }

    [Test]
    public void SavedStateIsRestoredButTheTextMatrixIsNot()
    {
        var g = Glyphs("q 1 0 0 1 100 0 cm Q BT /F1 10 Tf q 30 0 Td Q (A) Tj ET");

        AssertAt(g[0], "A", 30, 0, 35);
    }

    [Test]
    public void RiseLiftsTheBaseline() => AssertAt(Glyphs("BT /F1 10 Tf 3 Ts (A) Tj ET")[0], "A", 0, 3, 5);

    [Test]
    public void AGraphicsStateFontAndSizeApplyToTj() => AssertAt(Glyphs("BT /F1 10 Tf /GS1 gs (A) Tj ET")[0], "A", 0, 0, 10);

    [Test]
    public void RotatedTextIsNotUpright()
    {
        var g = Glyphs("BT /F1 10 Tf 0 1 -1 0 100 100 Tm (A) Tj ET");

        Assert.That((g[0].X, g[0].Y, g[0].EndY, g[0].Upright), Is.EqualTo((100.0, 100.0, 105.0, false)));
    }

    [Test]
    public void VerticalFontsPlaceByThePositionVectorAndMoveDown()
    {
        var g = Glyphs("BT /V1 10 Tf 100 700 Td (AB) Tj ET");

        AssertAt(g[0], "A", 100.25, 700.88, 105.25);
        AssertAt(g[1], "B", 100.25, 690.88, 105.25);
    }

    [Test]
    public void UnmappedCodesAreCountedAndShownAsTheCode()
    {
        var page = LeanPdf.Read("BT /F1 10 Tf (\\001A\\001) Tj ET");

        Assert.That(page.Unmapped, Is.EqualTo(2));
        Assert.That(page.Glyphs.Select(g => g.Value), Is.EqualTo(new[] { "\u0001", "A", "\u0001" }));
    }

    [Test]
    public void ACombiningDiacriticLeavesThePageToPdfPig() =>
        Assert.Throws<LeanUnsupportedException>(() => LeanPdf.Read("BT /F1 10 Tf (A\\002) Tj ET"));

    [Test]
    public void UnknownOperatorsAndFontsLeaveThePageToPdfPig()
    {
        Assert.Throws<LeanUnsupportedException>(() => LeanPdf.Read("BT /F1 10 Tf (A) Tx ET"));
        Assert.Throws<LeanUnsupportedException>(() => LeanPdf.Read("BT /F7 10 Tf (A) Tj ET"));
        Assert.Throws<LeanUnsupportedException>(() => LeanPdf.Read("BT (A) Tj ET"));
        Assert.Throws<LeanUnsupportedException>(() => LeanPdf.Read("BT /F1 10 Tf 1 (A) Tj ET"));
    }

    [Test]
    public void FormsDrawWithTheirMatrixAndResources()
    {
        var page = LeanPdf.Read("q 1 0 0 1 0 100 cm /Fm1 Do Q BT /F1 10 Tf (B) Tj ET", pdf =>
        {
            var font = pdf.Add("<< /Type /Font /Subtype /TrueType /BaseFont /FormSans >>");
            var form = pdf.AddStream("BT /F9 10 Tf (A) Tj ET /F1 10 Tf BT (C) Tj ET"u8.ToArray(),
                extraDictionary: $"/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 50 60] /Resources << /Font << /F9 {font} 0 R >> >>");
            return $"/XObject << /Fm1 {form} 0 R >>";
        });

        Assert.That(page.Glyphs.Select(g => (g.Value, g.FontName, g.X, g.Y)), Is.EqualTo(new[]
        {
            ("A", (string?)"FormSans", 50.0, 160.0), ("C", "TestSans", 50.0, 160.0), ("B", "TestSans", 0.0, 0.0),
        }));
        Assert.That(page.HasImages, Is.False);
    }

    [Test]
    public void ImagesAreNotedWhetherXObjectsOrInline()
    {
        var drawn = LeanPdf.Read("q 10 0 0 10 0 0 cm /Im1 Do Q", pdf =>
        {
            var image = pdf.AddStream([0], extraDictionary: "/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray");
            return $"/XObject << /Im1 {image} 0 R >>";
        });
        var inline = LeanPdf.Read("BI /W 2 /H 1 /BPC 8 /CS /G ID xEIyz EI BT /F1 10 Tf (A) Tj ET");

        Assert.That((drawn.HasImages, drawn.Glyphs.Count), Is.EqualTo((true, 0)));
        Assert.That((inline.HasImages, inline.Glyphs.Count), Is.EqualTo((true, 1)));
    }

    [Test]
    public void PagesAreSizedByTheCropBoxWithinTheMediaBox()
    {
        var page = LeanPdf.Read(LeanPdf.Page("BT /F1 10 Tf 100 100 Td (A) Tj ET", pageExtra: "/CropBox [50 40 550 2000]"));

        Assert.That((page.Width, page.Height), Is.EqualTo((500.0, 760.0)));
        AssertAt(page.Glyphs[0], "A", 50, 60, 55);
    }

    private const string Rules =
        "10 20 100 1 re f 10 100 m 200 100 l S 0 0 m 50 50 l S 10 300 100 1 re W n 10 400 m 10 500 l 0 0 100 1 re 300 400 l S "
        + "q 1 0 0 1 0 200 cm 20 20 m 20 120 l 120 120 l h 5 5 l s Q 300 300 200 100 re B 300 600 m 320 650 340 650 360 600 c 400 600 l S "
        + "300 700 m 400 700 l 300 710 m 400 710 l f 300 720 m 400 720 l W S";

    [Test]
    public void RulesAreThoseRulingSegmentsFindsInPdfPigsPaths()
    {
        var bytes = LeanPdf.Page(Rules, standardFonts: true);
        var lean = LeanPdf.Read(bytes);
        using var pdf = PdfDocument.Open(bytes);
        var (horizontal, vertical) = RulingSegments.Extract(pdf.GetPage(1).Paths);

        Assert.That(lean.Horizontal, Is.EqualTo(horizontal));
        Assert.That(lean.Vertical, Is.EqualTo(vertical));
        Assert.That(horizontal, Has.Count.GreaterThan(4));
        Assert.That(vertical, Has.Count.GreaterThan(2));
    }

    [Test]
    public void ACrowdedPageIsReadInOnePass()
    {
        // 300,000 glyphs: the size at which the hostile-input issue found a quadratic step; the bound only catches hangs.
        var content = new System.Text.StringBuilder("BT /F1 2 Tf 2.4 TL 10 790 Td\n");
        for (var r = 0; r < 600; r++)
            content.Append('(').Append('8', 500).Append(") '\n");
        content.Append("ET\n");
        var bytes = LeanPdf.Page(content.ToString());

        var task = Task.Run(() => LeanPdf.Read(bytes));

        Assert.That(task.Wait(TimeSpan.FromSeconds(60)), Is.True, "did not finish within 60 s");
        Assert.That(task.Result.Glyphs, Has.Count.EqualTo(300_000));
        AssertAt(task.Result.Glyphs[^1], "8", 10 + 499, 790 - 600 * 2.4, 10 + 500);
    }
}
