using GovReportParser.Readers.Pdf.Lean;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>Made-up Type 1, TrueType and Type 3 fonts, read by the lean font and by PdfPig.</summary>
public class SimpleFontTests
{
    private const string ToUnicodeLines = "<41> <0041>|<42> <4E2D>|<43> <00660069>";

    private static FontPdf.Loaded Type1(string extra = "", string descriptorExtra = "/Ascent 700 /Descent -210 /MissingWidth 333", byte[]? program = null,
        string programDictionary = "", string fileKey = "/FontFile3")
    {
        var pdf = new FontPdf();
        var file = program is null ? "" : $"{fileKey} {pdf.AddStream(program, programDictionary)} 0 R";
        var d = pdf.Add($"<< /Type /FontDescriptor /FontName /MadeUpSerif /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 {descriptorExtra} {file} >>");
        var map = pdf.AddToUnicode(ToUnicodeLines.Split('|'));
        return pdf.Build($"<< /Type /Font /Subtype /Type1 /BaseFont /MadeUpSerif /FirstChar 65 /LastChar 67 /Widths [500 1000 556] /FontDescriptor {d} 0 R /ToUnicode {map} 0 R {extra} >>", "414243");
    }

    private static FontPdf.Loaded TrueType(byte[]? program, string extra = "")
    {
        var pdf = new FontPdf();
        var file = program is null ? "" : $"/FontFile2 {pdf.AddStream(program)} 0 R";
        var d = pdf.Add($"<< /Type /FontDescriptor /FontName /ABCDEF+MadeUpSans /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 905 /Descent -212 {file} >>");
        var map = pdf.AddToUnicode(ToUnicodeLines.Split('|'));
        return pdf.Build($"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+MadeUpSans /FirstChar 65 /LastChar 67 /Widths [611 722 333] /FontDescriptor {d} 0 R /ToUnicode {map} 0 R {extra} >>", "414243");
    }

    private static void AssertSameAsPdfPig(FontPdf.Loaded loaded)
    {
        var lean = loaded.Lean();
        var (differences, compared) = PdfPigFontComparison.Compare(loaded.Pig(), loaded.PigName(), lean, PdfPigFontComparison.Codes(lean));
        Assert.That(differences, Is.Empty);
        Assert.That(compared, Is.GreaterThan(4));
    }

    [Test]
    public void Type1WidthsAreOver1000AndOutsideThemTheMissingWidth()
    {
        var loaded = Type1();
        var lean = loaded.Lean();
        Assert.That(new[] { lean.Advance(65), lean.Advance(66), lean.Advance(32) }, Is.EqualTo(new[] { 0.5, 1.0, 0.333 }));
        Assert.That((lean.Ascent, lean.Descent), Is.EqualTo((0.7, -0.21)).Within(1e-12), "equal to the last bit is PdfPig's comparison below");
        Assert.That(lean.Name, Is.EqualTo("MadeUpSerif"));
        AssertSameAsPdfPig(loaded);
    }

    [Test]
    public void TextComesFromToUnicodeAndACodeItLacksIsLeftToPdfPigWhenTheFontHasAnEncoding()
    {
        var lean = Type1("/Encoding /WinAnsiEncoding").Lean();
        Assert.That(lean.TryGetUnicode(0x42, out var text) && text == "中", Is.True);
        Assert.That(lean.TryGetUnicode(0x43, out var ligature) && ligature == "fi", Is.True);
        Assert.Throws<LeanUnsupportedException>(() => lean.TryGetUnicode(0x44, out _), "PdfPig would go on to the encoding's glyph names");
    }

    [Test]
    public void AType1FontWithoutEncodingGivesACodeItsToUnicodeLacksAsItsCharacter()
    {
        var loaded = Type1();
        Assert.That(loaded.Lean().TryGetUnicode(0x44, out var text) && text == "D", Is.True);
        AssertSameAsPdfPig(loaded);
    }

    [Test]
    public void AType3FontWithoutEncodingHasNoTextBeyondItsToUnicode()
    {
        var loaded = Type3("[0 0 100 100]", withEncoding: false);
        Assert.That(loaded.Lean().TryGetUnicode(0x44, out _), Is.False);
        AssertSameAsPdfPig(loaded);
    }

    [Test]
    public void AType1CffProgramWithTheUsualMatrixOrNoneIsRead()
    {
        AssertSameAsPdfPig(Type1(program: FontPrograms.Cff(["0.001", "0", "0", "0.001", "0", "0"]), programDictionary: "/Subtype /Type1C"));
        AssertSameAsPdfPig(Type1(program: FontPrograms.Cff(null), programDictionary: "/Subtype /Type1C"));
    }

    [Test]
    public void AType1ProgramWithAnotherMatrixIsRefused()
    {
        var loaded = Type1(program: FontPrograms.Cff(["0.002", "0", "0", "0.002", "0", "0"]), programDictionary: "/Subtype /Type1C");
        Assert.That(loaded.Refusal(), Does.Contain("font matrix"));
    }

    /// <summary>The clear text of a Type 1 program: its font dictionary, then <paramref name="filler"/> bytes standing for the rest.</summary>
    private static byte[] Type1Text(string matrix, int filler, bool matrixAfterFiller = false)
    {
        var head = "%!PS-AdobeFont-1.0: MadeUpSerif\n11 dict begin\n/FontName /MadeUpSerif def\n";
        var entry = $"/FontMatrix [{matrix}] readonly def\n";
        var rest = "% " + new string('x', filler) + "\n";
        return System.Text.Encoding.ASCII.GetBytes(matrixAfterFiller ? head + rest + entry : head + entry + rest);
    }

    [Test]
    public void AType1TextProgramIsReadOnlyAsFarAsItsMatrix()
    {
        var loaded = Type1(program: Type1Text("0.001 0 0 0.001 0 0", 100_000), fileKey: "/FontFile", programDictionary: "/Length1 100 /Length2 0 /Length3 0");
        AssertSameAsPdfPig(loaded);
    }

    [Test]
    public void AMatrixPastTheFirstBytesIsFoundInTheWholeProgram()
    {
        var loaded = Type1(program: Type1Text("0.002 0 0 0.002 0 0", 20_000, matrixAfterFiller: true), fileKey: "/FontFile");
        Assert.That(loaded.Refusal(), Does.Contain("[0.002 0 0 0.002 0 0]"));
    }

    [Test]
    public void AStandard14FontWithoutWidthsIsRefused()
    {
        var pdf = new FontPdf();
        Assert.That(pdf.Build("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", "41").Refusal(), Does.Contain("standard 14"));
    }

    [Test]
    public void TrueTypeTakesItsLineBoxFromTheProgramsHeaders()
    {
        var loaded = TrueType(FontPrograms.TrueType(2048, 1900, -500));
        var lean = loaded.Lean();
        Assert.That((lean.Ascent, lean.Descent), Is.EqualTo((1900 / 2048.0, -500 / 2048.0)).Within(1e-15));
        Assert.That(lean.Advance(65), Is.EqualTo(0.611).Within(1e-15));
        AssertSameAsPdfPig(loaded);
    }

    [Test]
    public void TrueTypeCodesOutsideWidthsAreLeftToPdfPig()
    {
        var lean = TrueType(FontPrograms.TrueType(1000, 800, -200)).Lean();
        Assert.Throws<LeanUnsupportedException>(() => lean.Advance(32), "PdfPig takes the advance from the program's metrics");
    }

    [Test]
    public void TrueTypeWithoutAnEmbeddedProgramIsRefused()
    {
        Assert.That(TrueType(null).Refusal(), Does.Contain("system font"));
    }

    [Test]
    public void ATrueTypeProgramWithoutTheTablesPdfPigRequiresIsRefused()
    {
        var program = FontPrograms.TrueType(1000, 800, -200);
        program[12 + 16 * 6] = (byte)'x'; // the directory entry of maxp, renamed
        Assert.That(TrueType(program).Refusal(), Does.Contain("requires"));
    }

    [Test]
    public void AFontOfAnotherSubtypeIsRefused()
    {
        Assert.That(new FontPdf().Build("<< /Type /Font /Subtype /MadeUp /BaseFont /X >>", "41").Refusal(), Does.Contain("subtype"));
    }

    private static FontPdf.Loaded Type3(string bbox, string extra = "", bool withEncoding = true)
    {
        var encoding = withEncoding ? "/Encoding << /Type /Encoding /Differences [65 /a /a /a] >>" : "";
        var pdf = new FontPdf();
        var proc = pdf.AddStream("50 0 d0");
        var map = pdf.AddToUnicode(ToUnicodeLines.Split('|'));
        return pdf.Build($"<< /Type /Font /Subtype /Type3 /FontBBox {bbox} /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << /a {proc} 0 R >> "
            + $"{encoding} /FirstChar 65 /LastChar 67 /Widths [50 60 70] /Resources << >> /ToUnicode {map} 0 R {extra} >>", "414243");
    }

    [Test]
    public void Type3AdvancesAreWidthsTimesTheFontMatrixAndOutsideThemTheBoxWidth()
    {
        var loaded = Type3("[-10 -20 80 90]");
        var lean = loaded.Lean();
        Assert.That(new[] { lean.Advance(65), lean.Advance(67), lean.Advance(32) }, Is.EqualTo(new[] { 0.5, 0.7, 0.9 }).Within(1e-15));
        Assert.That((lean.Ascent, lean.Descent, lean.Name), Is.EqualTo((0.9, 0.0, "Type3")));
        AssertSameAsPdfPig(loaded);
    }

    [Test]
    public void AType3BoxOfZerosBecomesOneOverTheMatrix()
    {
        var loaded = Type3("[0 0 0 0]", "/Name /F7");
        var lean = loaded.Lean();
        Assert.That((lean.Ascent, lean.Advance(32), lean.Name), Is.EqualTo((1.0, 1.0, "F7")));
        AssertSameAsPdfPig(loaded);
    }
}
