using UglyToad.PdfPig.Content;

namespace GovReportParser.Readers.Pdf;

/// <summary>PdfPig's letters of a page as <see cref="PdfGlyph"/>s, in the order PdfPig drew them.</summary>
internal static class PdfPigGlyphs
{
    public static List<PdfGlyph> Of(IReadOnlyList<Letter> letters)
    {
        var glyphs = new List<PdfGlyph>(letters.Count);
        foreach (var l in letters)
        {
            var box = l.GlyphRectangleLoose;
            glyphs.Add(new PdfGlyph(l.Value, l.FontName, l.StartBaseLine.X, l.StartBaseLine.Y, l.EndBaseLine.X, l.EndBaseLine.Y,
                box.Left, box.Bottom, box.Right, box.Top, l.PointSize, l.TextOrientation == TextOrientation.Horizontal));
        }
        return glyphs;
    }
}
