using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>Made-up Type 0 fonts, each read by the lean font and by PdfPig: the values stated and PdfPig's must agree.</summary>
public class Type0FontTests
{
    private const string Descriptor = "<< /Type /FontDescriptor /FontName /ABCDEF+MadeUpSong /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>";

    /// <summary>A Type 0 font over a CIDFontType2 without a program; <paramref name="cidExtra"/> and <paramref name="type0Extra"/> add entries.</summary>
    private static FontPdf.Loaded Build(string cidExtra, string type0Extra = "", string encoding = "/Identity-H", string ordering = "Identity",
        string descriptor = Descriptor, string? toUnicode = null, string shown = "0001")
    {
        var pdf = new FontPdf();
        var d = pdf.Add(descriptor);
        var cid = pdf.Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+MadeUpSong /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 0 >> /FontDescriptor {d} 0 R {cidExtra} >>");
        var map = toUnicode ?? $"{pdf.AddStream(FontPdf.CMap("<0001> <0041>", "<0002> <0042>", "<000B> <4E2D>"))} 0 R";
        var unicode = map == "" ? "" : $"/ToUnicode {map}";
        return pdf.Build($"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+MadeUpSong /Encoding {encoding} /DescendantFonts [{cid} 0 R] {unicode} {type0Extra} >>", shown);
    }

    private static void AssertSameAsPdfPig(FontPdf.Loaded loaded, ILeanFont lean, params int[] codes)
    {
        var (differences, compared) = PdfPigFontComparison.Compare(loaded.Pig(), loaded.PigName(), lean, codes);
        Assert.That(differences, Is.Empty);
        Assert.That(compared, Is.GreaterThan(4));
    }

    [Test]
    public void WidthsComeFromBothFormsOfWAndFromDw()
    {
        var loaded = Build("/DW 900 /W [1 [500 600] 10 12 750]");
        var lean = loaded.Lean();
        Assert.That(new[] { lean.Advance(1), lean.Advance(2), lean.Advance(11), lean.Advance(3) }, Is.EqualTo(new[] { 0.5, 0.6, 0.75, 0.9 }));
        AssertSameAsPdfPig(loaded, lean, 1, 2, 3, 10, 11, 12, 13);
    }

    [Test]
    public void WithoutDwTheDefaultWidthIs1000()
    {
        var loaded = Build("");
        Assert.That(loaded.Lean().Advance(7), Is.EqualTo(1.0));
        AssertSameAsPdfPig(loaded, loaded.Lean(), 7);
    }

    [Test]
    public void TwoByteCodesAreTheirCidsAndTextComesFromToUnicode()
    {
        var loaded = Build("", shown: "0001000B");
        var lean = loaded.Lean();
        var bytes = new byte[] { 0x00, 0x01, 0x00, 0x0B };
        var position = 0;
        var codes = new[] { lean.ReadCode(bytes, ref position, out var first), lean.ReadCode(bytes, ref position, out _) };
        Assert.That((codes[0], codes[1], first, position), Is.EqualTo((1, 0x0B, 2, 4)));
        Assert.That(lean.TryGetUnicode(0x0B, out var text) && text == "中", Is.True);
        Assert.That(lean.TryGetUnicode(5, out _), Is.False, "no other source of text: the code is unmapped");
        AssertSameAsPdfPig(loaded, lean, 1, 5, 0x0B);
    }

    [Test]
    public void AStringOfOddLengthIsRefused()
    {
        var lean = Build("").Lean();
        var position = 0;
        Assert.That(lean.ReadCode([0x00, 0x01, 0x02], ref position, out _), Is.EqualTo(1));
        Assert.That(position, Is.EqualTo(2));
        Assert.Throws<LeanUnsupportedException>(() => lean.ReadCode([0x00, 0x01, 0x02], ref position, out _));
    }

    [Test]
    public void TheLineBoxIsTheDescriptorsOver1000AndTheNameIsTheBaseFont()
    {
        var loaded = Build("");
        var lean = loaded.Lean();
        Assert.That((lean.Ascent, lean.Descent, lean.Name), Is.EqualTo((0.86, -0.14, "ABCDEF+MadeUpSong")));
        AssertSameAsPdfPig(loaded, lean, 1);
    }

    [Test]
    public void AZeroAscentAndDescentGiveTheDefaultBox()
    {
        var loaded = Build("", descriptor: Descriptor.Replace("/Ascent 860 /Descent -140", "/Ascent 0"));
        var lean = loaded.Lean();
        Assert.That((lean.Ascent, lean.Descent), Is.EqualTo((0.75, -0.25)));
        AssertSameAsPdfPig(loaded, lean, 1);
    }

    [Test]
    public void VerticalMetricsComeFromW2AndDw2()
    {
        // the array form: PdfPig gives its second entry the CID first + 3 (the index of the entry's first number), kept
        var loaded = Build("/DW2 [800 -1100] /W2 [1 [-1000 250 880 -500 100 200] 5 6 -900 300 800]", encoding: "/Identity-V");
        var lean = loaded.Lean();
        Assert.That(lean.IsVertical, Is.True);
        Assert.That(new[] { lean.VerticalDisplacement(1), lean.VerticalDisplacement(4), lean.VerticalDisplacement(6), lean.VerticalDisplacement(2) },
            Is.EqualTo(new[] { -1.0, -0.5, -0.9, -1.1 }));
        Assert.That((lean.PositionVector(1), lean.PositionVector(3)), Is.EqualTo(((-0.25, -0.88), (-0.5, -0.8))));
        AssertSameAsPdfPig(loaded, lean, 1, 2, 3, 4, 5, 6);
    }

    [Test]
    public void WithoutDw2TheVerticalDefaultsAre880AndMinus1000()
    {
        var loaded = Build("/W [3 [600]]", encoding: "/Identity-V");
        var lean = loaded.Lean();
        Assert.That((lean.PositionVector(3), lean.VerticalDisplacement(3)), Is.EqualTo(((-0.3, -0.88), -1.0)));
        AssertSameAsPdfPig(loaded, lean, 1, 3);
    }

    [Test]
    public void AToUnicodeNamedIdentityGivesEachCodeAsItsCharacter()
    {
        var pdf = new FontPdf();
        var map = pdf.AddStream("/CMapName /Identity-H def 1 beginbfchar <0001> <0041> endbfchar");
        var d = pdf.Add(Descriptor);
        var cid = pdf.Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {d} 0 R >>");
        var loaded = pdf.Build($"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {map} 0 R >>", "4E2D");
        Assert.That(loaded.Lean().TryGetUnicode(0x4E2D, out var text) && text == "中", Is.True);
        AssertSameAsPdfPig(loaded, loaded.Lean(), 1, 0x4E2D);
    }

    [Test]
    public void ACjkCollectionWithToUnicodeIsRead()
    {
        var loaded = Build("", ordering: "GB1");
        AssertSameAsPdfPig(loaded, loaded.Lean(), 1, 2, 0x0B);
    }

    [Test]
    public void ACjkCollectionWithoutToUnicodeIsRefused()
    {
        Assert.That(Build("", ordering: "GB1", toUnicode: "").Refusal(), Does.Contain("CJK"));
    }

    [Test]
    public void APredefinedCMapOtherThanIdentityIsRefused()
    {
        Assert.That(Build("", encoding: "/UniGB-UCS2-H").Refusal(), Does.Contain("UniGB-UCS2-H"));
    }

    [Test]
    public void AnEmbeddedEncodingCMapIsRefused()
    {
        var pdf = new FontPdf();
        var cmap = pdf.AddStream("/CMapName /Custom def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 begincidrange <0000> <FFFF> 0 endcidrange", "/Type /CMap");
        Assert.That(Build("", encoding: $"{cmap} 0 R").Refusal(), Does.Contain("embedded CMap"));
    }

    [Test]
    public void AToUnicodeNamingAPredefinedCMapIsRefused()
    {
        Assert.That(Build("", toUnicode: "/Identity-H").Refusal(), Does.Contain("predefined"));
    }

    [Test]
    public void ADescendantWithoutAFontDescriptorIsRefused()
    {
        var pdf = new FontPdf();
        var cid = pdf.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>");
        Assert.That(pdf.Build($"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [{cid} 0 R] >>", "0001").Refusal(),
            Does.Contain("font descriptor"));
    }

    [Test]
    public void AHostileWidthRangeCostsNothingOutsideTwoByteCids()
    {
        var loaded = Build("/W [0 2000000000 700 -5 2 800]");
        var lean = loaded.Lean();
        Assert.That((lean.Advance(0), lean.Advance(1), lean.Advance(0xFFFF)), Is.EqualTo((0.8, 0.8, 0.7)));
    }

    private static FontPdf.Loaded WithTrueTypeProgram(string encoding, string cidExtra = "", byte[]? program = null,
        Func<FontPdf, string>? cidEntries = null)
    {
        var pdf = new FontPdf();
        var file = pdf.AddStream(program ?? FontPrograms.TrueType(2048, 1800, -400));
        cidExtra += cidEntries?.Invoke(pdf) ?? "";
        var d = pdf.Add(Descriptor.Replace(">>", $"/FontFile2 {file} 0 R >>"));
        var map = pdf.AddToUnicode("<0001> <0041>");
        var cid = pdf.Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+MadeUpSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {d} 0 R {cidExtra} >>");
        return pdf.Build($"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+MadeUpSong /Encoding {encoding} /DescendantFonts [{cid} 0 R] /ToUnicode {map} 0 R >>", "0001");
    }

    [Test]
    public void ATrueTypeProgramGivesTheLineBoxFromItsHheaOverUnitsPerEm()
    {
        var loaded = WithTrueTypeProgram("/Identity-H");
        var lean = loaded.Lean();
        Assert.That((lean.Ascent, lean.Descent), Is.EqualTo((1800 / 2048.0, -400 / 2048.0)).Within(1e-15));
        AssertSameAsPdfPig(loaded, lean, 0, 1);
    }

    /// <summary>Five glyphs, three hMetrics: glyphs 3 and 4 (and any past them) share the last advance.</summary>
    private static byte[] FiveGlyphs(bool withHmtx = true) =>
        FontPrograms.TrueType(2048, 1800, -400, [100, 700, 1300], glyphs: 5, withHmtx);

    private static readonly int[] VerticalCodes = [0, 1, 2, 3, 4, 5, 9, 0xFFFF];

    [Test]
    public void OutsideW2AVerticalTrueTypeCidTakesHalfItsGlyphsHmtxAdvanceInFontUnits()
    {
        var loaded = WithTrueTypeProgram("/Identity-V", "/W2 [1 [-1000 500 880]] /W [0 [400 400 400]]", FiveGlyphs());
        var lean = loaded.Lean();
        // the advance is not scaled to 1000 units per em: PdfPig halves 1300 font units and scales by -1/1000
        Assert.That(new[] { lean.PositionVector(0), lean.PositionVector(1), lean.PositionVector(2), lean.PositionVector(9) },
            Is.EqualTo(new[] { (-0.05, -0.88), (-0.5, -0.88), (-0.65, -0.88), (-0.65, -0.88) }));
        AssertSameAsPdfPig(loaded, lean, VerticalCodes);
    }

    [Test]
    public void ACidToGidMapStreamChoosesTheGlyphAndACidPastItIsGlyphZero()
    {
        var loaded = WithTrueTypeProgram("/Identity-V", program: FiveGlyphs(),
            cidEntries: pdf => $"/CIDToGIDMap {pdf.AddStream(new byte[] { 0, 2, 0, 0, 0, 1, 0 })} 0 R");
        var lean = loaded.Lean();
        Assert.That(new[] { lean.PositionVector(0).X, lean.PositionVector(1).X, lean.PositionVector(2).X, lean.PositionVector(3).X },
            Is.EqualTo(new[] { -0.65, -0.05, -0.35, -0.05 }).Within(1e-12), "the odd last byte is no entry: CID 3 is past the map");
        AssertSameAsPdfPig(loaded, lean, VerticalCodes);
    }

    [Test]
    public void ACidToGidMapNameIsTheIdentity()
    {
        var loaded = WithTrueTypeProgram("/Identity-V", "/CIDToGIDMap /Identity", FiveGlyphs());
        Assert.That(loaded.Lean().PositionVector(1).X, Is.EqualTo(-0.35).Within(1e-12));
        AssertSameAsPdfPig(loaded, loaded.Lean(), VerticalCodes);
    }

    [Test]
    public void WithoutHmtxTheWidthComesFromWAndDw()
    {
        var loaded = WithTrueTypeProgram("/Identity-V", "/DW 900 /W [2 [600]]", FiveGlyphs(withHmtx: false));
        var lean = loaded.Lean();
        Assert.That((lean.PositionVector(2).X, lean.PositionVector(3).X), Is.EqualTo((-0.3, -0.45)));
        AssertSameAsPdfPig(loaded, lean, VerticalCodes);
    }

    [Test]
    public void ACidToGidMapThatIsNeitherNameNorStreamIsRefused()
    {
        Assert.That(WithTrueTypeProgram("/Identity-H", "/CIDToGIDMap 7").Refusal(), Does.Contain("CIDToGIDMap"));
    }

    [Test]
    public void HMetricsPastTheEndOfTheProgramAreRefused()
    {
        var program = FontPrograms.Patch(FiveGlyphs(), "hhea", 34, 60000); // numberOfHMetrics
        Assert.That(WithTrueTypeProgram("/Identity-V", program: program).Refusal(), Does.Contain("past the end"));
    }

    [Test]
    public void AnHheaWhoseMetricDataFormatIsNotZeroIsRefused()
    {
        var program = FontPrograms.Patch(FiveGlyphs(), "hhea", 32, 1); // PdfPig rejects such a program
        Assert.That(WithTrueTypeProgram("/Identity-H", program: program).Refusal(), Does.Contain("metric data format"));
    }

    [Test]
    public void AProgramWithHmtxButNoHMetricsIsRefusedHorizontalOrVertical()
    {
        // PdfPig throws on the first empty glyph whose box it sizes by its advance
        var program = FontPrograms.Patch(FiveGlyphs(), "hhea", 34, 0); // numberOfHMetrics
        Assert.Throws<ArgumentOutOfRangeException>(() => WithTrueTypeProgram("/Identity-H", program: program).Pig().GetBoundingBox(1));
        foreach (var encoding in new[] { "/Identity-H", "/Identity-V" })
            Assert.That(WithTrueTypeProgram(encoding, program: program).Refusal(), Does.Contain("no hMetrics"), encoding);
    }
}
