using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using UglyToad.PdfPig.PdfFonts;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>
/// Where a lean font and PdfPig's reading of the same dictionary differ: name, writing mode, line box, and for each code
/// text, advance and (vertical fonts) position and displacement. Values must be equal to the last bit; a code the lean
/// font refuses (<see cref="LeanUnsupportedException"/>) is not compared.
/// </summary>
internal static class PdfPigFontComparison
{
    public static (List<string> Differences, int Compared) Compare(IFont pig, string? pigName, ILeanFont lean, IEnumerable<int> codes)
    {
        var differences = new List<string>();
        var compared = 0;
        void Check(bool same, string what)
        {
            compared++;
            if (!same)
                differences.Add($"{pigName}: {what}");
        }
        Check(lean.Name == pigName, $"name {lean.Name}");
        Check(lean.IsVertical == pig.IsVertical, "writing mode");
        Check(lean.Ascent == pig.GetAscent(), $"ascent {lean.Ascent} vs {pig.GetAscent()}");
        Check(lean.Descent == pig.GetDescent(), $"descent {lean.Descent} vs {pig.GetDescent()}");
        foreach (var code in codes)
        {
            Try(() =>
            {
                var found = lean.TryGetUnicode(code, out var text);
                var pigFound = pig.TryGetUnicode(code, out var pigText);
                Check(found == pigFound && (!found || text == pigText), $"code {code}: text '{text}' vs '{pigText}'");
            });
            Try(() =>
            {
                var advance = lean.Advance(code);
                var pigAdvance = pig.GetBoundingBox(code).Width;
                Check(advance == pigAdvance, $"code {code}: advance {advance} vs {pigAdvance}");
            });
            if (!pig.IsVertical)
                continue;
            Try(() =>
            {
                var position = lean.PositionVector(code);
                var pigPosition = Vector(pig, "GetPositionVector", code);
                Check(position == pigPosition, $"code {code}: position {position} vs {pigPosition}");
            });
            Try(() =>
            {
                var displacement = lean.VerticalDisplacement(code);
                var pigDisplacement = Vector(pig, "GetDisplacementVector", code).Y;
                Check(displacement == pigDisplacement, $"code {code}: displacement {displacement} vs {pigDisplacement}");
            });
        }
        return (differences, compared);
    }

    /// <summary>Every one-byte code of a simple font; a Type 0 font's ToUnicode codes and a few it may lack.</summary>
    public static IEnumerable<int> Codes(ILeanFont lean) => lean is LeanType0Font type0
        ? (type0.ToUnicode?.Codes ?? []).Concat([0, 1, 0x20, 0xFFFF]).Distinct()
        : Enumerable.Range(0, LeanSimpleFont.Codes);

    private static void Try(Action compare)
    {
        try
        {
            compare();
        }
        catch (LeanUnsupportedException)
        {
        }
    }

    /// <summary>PdfPig's vertical metrics are internal (interface and vector type); its Type 0 font has them as public methods.</summary>
    private static (double X, double Y) Vector(IFont pig, string method, int code)
    {
        var vector = pig.GetType().GetMethod(method)!.Invoke(pig, [code])!;
        double Part(string name) => (double)vector.GetType().GetProperty(name)!.GetValue(vector)!;
        return (Part("X"), Part("Y"));
    }
}
