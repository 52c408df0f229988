using System.Text;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

public class ToUnicodeMapTests
{
    private static ToUnicodeMap Parse(string cmap) => ToUnicodeMap.Parse(Encoding.ASCII.GetBytes(cmap));

    private static string Text(ToUnicodeMap map, int code) => map.TryGet(code, out var text) ? text : "(none)";

    [Test]
    public void BfcharMapsOneAndTwoByteCodesToUtf16Text()
    {
        var map = Parse("2 beginbfchar <01> <0041> <0102> <4E2D> endbfchar");
        Assert.That((Text(map, 1), Text(map, 0x0102), Text(map, 2)), Is.EqualTo(("A", "中", "(none)")));
    }

    [Test]
    public void DestinationsMaySpanSurrogatePairsAndSeveralCharacters()
    {
        var map = Parse("3 beginbfchar <01> <D835DC00> <02> <00660069> <03> <41> endbfchar");
        Assert.That((Text(map, 1), Text(map, 2), Text(map, 3)), Is.EqualTo(("\U0001D400", "fi", "A")),
            "a pair is one character, two units two characters, one byte a Latin-1 character");
    }

    [Test]
    public void ANameDestinationIsTheNamesText()
    {
        Assert.That(Text(Parse("1 beginbfchar <05> /alpha endbfchar"), 5), Is.EqualTo("alpha"));
    }

    [Test]
    public void BfrangeIncrementsTheLastByteOfItsDestinationWithCarry()
    {
        var map = Parse("1 beginbfrange <10> <12> <00FF> endbfrange");
        Assert.That((Text(map, 0x10), Text(map, 0x11), Text(map, 0x12), Text(map, 0x13)), Is.EqualTo(("\u00FF", "\u0100", "\u0101", "(none)")));
    }

    [Test]
    public void BfrangeWithAnArrayTakesOneElementPerCode()
    {
        var map = Parse("1 beginbfrange <0003> <0005> [<0058> /Y <005A005A>] endbfrange");
        Assert.That((Text(map, 3), Text(map, 4), Text(map, 5)), Is.EqualTo(("X", "Y", "ZZ")));
    }

    [Test]
    public void ARangeWhoseEndIsBelowItsStartMapsItsStartOnly()
    {
        var map = Parse("1 beginbfrange <20> <10> <0041> endbfrange");
        Assert.That((map.Count, Text(map, 0x20)), Is.EqualTo((1, "A")));
    }

    [Test]
    public void ACodeWrittenWithALeadingZeroDoesNotReplaceAShorterOne()
    {
        var shortFirst = Parse("2 beginbfchar <20> <0020> <0020> <0058> endbfchar");
        var longFirst = Parse("2 beginbfchar <0020> <0058> <20> <0020> endbfchar");
        var plainTwice = Parse("2 beginbfchar <41> <0041> <41> <0042> endbfchar");
        Assert.That((Text(shortFirst, 0x20), Text(longFirst, 0x20), Text(plainTwice, 0x41)), Is.EqualTo((" ", " ", "B")));
    }

    [Test]
    public void ACountTooSmallReadsOnlyItsCountAndOneTooLargeStopsAtTheEnd()
    {
        var tooSmall = Parse("1 beginbfchar <01> <0041> <02> <0042> endbfchar");
        var tooLarge = Parse("5 beginbfchar <01> <0041> endbfchar 9 beginbfrange <02> <03> <0042> endbfrange");
        Assert.That((Text(tooSmall, 1), Text(tooSmall, 2)), Is.EqualTo(("A", "(none)")));
        Assert.That((Text(tooLarge, 1), Text(tooLarge, 3)), Is.EqualTo(("A", "C")));
    }

    [Test]
    public void CommentsWhitespaceInHexAndTheHeaderAreSkipped()
    {
        var map = Parse("%!PS-Adobe-3.0 Resource-CMap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def % a comment <01> <0041>\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + "1 beginbfchar <00 0 1> <00\n41> endbfchar");
        Assert.That((map.Name, map.NamesIdentity, map.Count, Text(map, 1)), Is.EqualTo(("Adobe-Identity-UCS", false, 1, "A")));
    }

    [Test]
    public void AMapNamedIdentityIsRecognised()
    {
        Assert.That(Parse("/CMapName /Identity-H def").NamesIdentity, Is.True);
    }

    [TestCase("/Other usecmap", "usecmap")]
    [TestCase("1 begincidrange <00> <FF> 0 endcidrange", "CID")]
    [TestCase("beginbfchar <01> <0041> endbfchar", "count")]
    [TestCase("1 beginbfrange <0000> <FFFFFF> <0041> endbfrange", "differ in length")]
    [TestCase("1 beginbfrange <000000> <FFFFFF> <0041> endbfrange", "more than")]
    [TestCase("1 beginbfrange <01> <03> [<0041> <0042>] endbfrange", "shorter")]
    [TestCase("1 beginbfchar <0102030405> <0041> endbfchar", "four bytes")]
    [TestCase("1 beginbfchar <01> <00G1> endbfchar", "hex digit")]
    [TestCase("1 beginbfchar <01> <0041", "without its end")]
    [TestCase("1 beginbfchar <01> (A) endbfchar", "neither")]
    [TestCase("1 beginbfchar <01> <0041> endbfchar2 beginbfchar", "letters")]
    [TestCase("1 beginbfchar <01> <0041> endbfchar ] ", "unbalanced")]
    [TestCase("{ 1 } pop", "where a token was expected")]
    public void AShapeNotReadExactlyIsRefused(string cmap, string reason)
    {
        var refusal = Assert.Throws<LeanUnsupportedException>(() => Parse(cmap))!;
        Assert.That(refusal.Message, Does.Contain(reason));
    }

    [Test]
    public void AHugeRangeIsRefusedAtOnce()
    {
        var started = DateTime.UtcNow;
        Assert.Throws<LeanUnsupportedException>(() => Parse("1 beginbfrange <00000000> <7FFFFFFF> <0041> endbfrange"));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(10)), "a bound against hangs, not a timing");
    }

    [Test]
    public void AFullTwoByteRangeIsRead()
    {
        var map = Parse("1 beginbfrange <0000> <FFFF> <0000> endbfrange");
        Assert.That((map.Count, Text(map, 0x4E2D)), Is.EqualTo((65536, "中")));
    }
}
