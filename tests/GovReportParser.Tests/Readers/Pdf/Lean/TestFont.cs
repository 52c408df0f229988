using GovReportParser.Readers.Pdf.Lean;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>
/// A made-up font for driving the interpreter: one byte a code, every advance 0.5 (code 0x20 0.25), printable ASCII
/// mapped to itself, code 2 to a combining acute accent and nothing else mapped, a line box from -0.2 to 0.8; vertical when the font dictionary says
/// /Encoding /Identity-V. Its name is the dictionary's /BaseFont.
/// </summary>
internal sealed class TestFont(string? name, bool vertical) : ILeanFont
{
    public const double Advance0 = 0.5, SpaceAdvance = 0.25;

    public static ILeanFont Load(DictionaryToken font, IPdfTokenScanner scanner, IFilterProvider filters) =>
        new TestFont(font.TryGet(NameToken.BaseFont, out NameToken? baseFont) ? baseFont.Data : null,
            font.TryGet(NameToken.Encoding, out NameToken? encoding) && encoding.Data == "Identity-V");

    public string? Name => name;

    public bool IsVertical => vertical;

    public int ReadCode(ReadOnlySpan<byte> bytes, ref int position, out int length)
    {
        length = 1;
        return bytes[position++];
    }

    public bool TryGetUnicode(int code, out string unicode)
    {
        unicode = code is >= 32 and < 127 ? ((char)code).ToString() : code == 2 ? "\u0301" : "";
        return unicode.Length > 0;
    }

    public double Advance(int code) => code == 32 ? SpaceAdvance : Advance0;

    public (double X, double Y) PositionVector(int code) => (Advance(code) / 2, 0.88);

    public double VerticalDisplacement(int code) => -1;

    public double Descent => -0.2;

    public double Ascent => 0.8;
}
