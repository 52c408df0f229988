using System.Text;
using GovReportParser.Readers.Pdf.Lean;
using GovReportParser.Readers.Pdf.Lean.Fonts;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean.Fonts;

/// <summary>
/// The font data readers given damaged input — real shapes cut short and with bytes changed at random (fixed seeds):
/// each either reads it or refuses it with <see cref="LeanUnsupportedException"/>, never another exception or a hang.
/// </summary>
public class HostileFontDataTests
{
    private const int Variants = 400;

    private static readonly byte[] CMap = Encoding.ASCII.GetBytes(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "2 beginbfchar <0001> <0041> <0002> <D835DC00> endbfchar 2 beginbfrange <0010> <0020> <4E00> <0030> <0032> [<0058> /Y <005A>] endbfrange\n"
        + "endcmap CMapName currentdict /CMap defineresource pop end end");

    private static IEnumerable<byte[]> Damaged(byte[] original, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Variants; i++)
        {
            var copy = original[..random.Next(original.Length + 1)];
            for (var changes = random.Next(4); changes > 0 && copy.Length > 0; changes--)
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            yield return copy;
        }
    }

    private static void AssertReadsOrRefuses(byte[] original, int seed, Action<byte[]> read)
    {
        // any other exception fails the test where it is thrown
        var refused = 0;
        foreach (var input in Damaged(original, seed))
        {
            try
            {
                read(input);
            }
            catch (LeanUnsupportedException)
            {
                refused++;
            }
        }
        Assert.That(refused, Is.InRange(1, Variants - 1), "damage that cannot be read is refused, and some is harmless");
    }

    [Test]
    public void DamagedCMapsAreReadOrRefused() => AssertReadsOrRefuses(CMap, 16, b => ToUnicodeMap.Parse(b));

    [Test]
    public void DamagedTrueTypeProgramsAreReadOrRefused() =>
        AssertReadsOrRefuses(FontPrograms.TrueType(2048, 1900, -500), 17, b => TrueTypeHeaders.Read(b));

    [Test]
    public void DamagedCffProgramsAreReadOrRefused() =>
        AssertReadsOrRefuses(FontPrograms.Cff(["0.001", "0", "0", "0.001", "0", "0"]), 18, b => Type1FontMatrix.RequireUsual(b, isCff: true));

    [Test]
    public void DamagedType1TextIsReadOrRefused() =>
        AssertReadsOrRefuses(Encoding.ASCII.GetBytes("%!FontType1\n/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n"), 19,
            b => Type1FontMatrix.RequireUsual(b, isCff: false));
}
