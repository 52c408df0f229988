using GovReportParser.Readers.Pdf;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>Lines built from made-up glyphs: grouping by baseline, spaces and tabs, and each line's measures.</summary>
public class LineBuilderTests
{
    private static PdfGlyph Glyph(string value, double x, double y, double width, double size) =>
        new(value, "F1", x, y, x + width, y, x, y - 0.2 * size, x + width, y + 0.8 * size, size, Upright: true);

    [Test]
    public void LettersOnOneBaselineMakeOneLineWithItsExtentMeanBaselineAndMedianSize()
    {
        // Drawn out of order, one baseline a little off, sizes 10, 12 and 11: a Latin word gap, then a gap of a tab stop.
        var glyphs = new[]
        {
            Glyph("b", 110, 700.5, 6, 12),
            Glyph("a", 100, 700, 6, 10),
            Glyph("c", 200, 699.5, 6, 11),
        };

        var line = LineBuilder.Build(glyphs).Single();

        Assert.That(line.Text, Is.EqualTo("a b\tc"));
        Assert.That(line.Letters.Select(l => l.Value), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(line.Left, Is.EqualTo(100));
        Assert.That(line.Right, Is.EqualTo(206));
        Assert.That(line.Baseline, Is.EqualTo((700.5 + 700 + 699.5) / 3));
        Assert.That(line.Top, Is.EqualTo(700.5 + 0.8 * 12));
        Assert.That(line.Bottom, Is.EqualTo(699.5 - 0.2 * 11));
        Assert.That(line.Size, Is.EqualTo(11));
        Assert.That(line.RunStarts, Is.EqualTo(new[] { 100.0, 200.0 }));
    }

    [Test]
    public void LinesComeFromTheTopAndHanTextGetsNoSpaces()
    {
        var glyphs = new[]
        {
            Glyph("表", 100, 600, 12, 12),
            Glyph("年", 100, 700, 12, 12),
            Glyph("报", 114, 700, 12, 12),
            Glyph(" ", 127, 700, 3, 12),
            Glyph("告", 131, 700, 12, 12),
        };

        var lines = LineBuilder.Build(glyphs);

        // A drawn space glyph is the text's own space, even between Han characters.
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "年报 告", "表" }));
    }

    [Test]
    public void ALineOfSpacesAloneIsNoLine() =>
        Assert.That(LineBuilder.Build([Glyph(" ", 100, 700, 3, 12), Glyph(" ", 104, 700, 3, 12)]), Is.Empty);
}
