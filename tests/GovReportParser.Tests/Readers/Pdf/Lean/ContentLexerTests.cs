using System.Text;
using GovReportParser.Readers.Pdf.Lean;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Pdf.Lean;

/// <summary>The content lexer on made-up streams: operands of each kind, skipped parts, and malformed input.</summary>
public class ContentLexerTests
{
    private static List<string> Lex(string content)
    {
        var bytes = Encoding.Latin1.GetBytes(content);
        var lexer = new ContentLexer(bytes, bytes.Length);
        var seen = new List<string>();
        Span<char> op = stackalloc char[3];
        while (lexer.Next(op, out var n))
        {
            var parts = lexer.Operands.Select(o => Describe(lexer, o));
            seen.Add(string.Join(" ", parts.Append(new string(op[..n]))));
        }
        return seen;
    }

    private static string Describe(ContentLexer lexer, Operand o) => o.Kind switch
    {
        OperandKind.Number => o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OperandKind.Name => "/" + Encoding.Latin1.GetString(lexer.Bytes(o)),
        OperandKind.String => "(" + Encoding.Latin1.GetString(lexer.Bytes(o)) + ")",
        OperandKind.Array => "[" + string.Join(" ", lexer.ArrayItems.Skip(o.Start).Take(o.Length).Select(i => Describe(lexer, i))) + "]",
        _ => "<<>>",
    };

    [Test]
    public void NumbersNamesAndOperators() =>
        Assert.That(Lex("1 -2.5 .5 +3 4. cm /F1 12 Tf T*"), Is.EqualTo(new[] { "1 -2.5 0.5 3 4 cm", "/F1 12 Tf", "T*" }));

    [Test]
    public void LiteralStringsWithEscapesAndNestedParentheses() =>
        Assert.That(Lex(@"(a\(b\)c (d) \\ \101\60x \n) Tj"), Is.EqualTo(new[] { "(a(b)c (d) \\ A0x \n) Tj" }));

    [Test]
    public void EscapedLineEndsJoinLinesAndUnknownEscapesKeepTheirCharacter() =>
        Assert.That(Lex("(a\\\r\nb\\q\rc) Tj"), Is.EqualTo(new[] { "(abq\rc) Tj" }));

    [Test]
    public void HexStringsIgnoreWhiteSpace() => Assert.That(Lex("<41 4 2> Tj"), Is.EqualTo(new[] { "(AB) Tj" }));

    [Test]
    public void ArraysForPositionedText() =>
        Assert.That(Lex("[(A) -120 <42> 3.5] TJ"), Is.EqualTo(new[] { "[(A) -120 (B) 3.5] TJ" }));

    [Test]
    public void MarkedContentDictionariesAreSkipped() =>
        Assert.That(Lex("/Span << /ActualText (x>>y) /Inner << /A 1 >> >> BDC EMC"), Is.EqualTo(new[] { "/Span <<>> BDC", "EMC" }));

    [Test]
    public void CommentsAndInlineImageDataAreSkipped() =>
        Assert.That(Lex("% a comment Tj\nBI /W 1 ID \u0001EI(\u0002 EI\nq Q"), Is.EqualTo(new[] { "BI", "q", "Q" }));

    [TestCase("(unterminated Tj")]
    [TestCase("<4G> Tj")]
    [TestCase("<414> Tj")]
    [TestCase("1.2.3 Tw")]
    [TestCase("[[1] 2] TJ")]
    [TestCase("true Tj")]
    [TestCase(") Tj")]
    [TestCase("(\u00FE\u00FFab) Tj")]
    [TestCase("(\\777) Tj")]
    [TestCase("(a(b)\rc) Tj")]
    [TestCase("BI /W 1 ID no end")]
    public void MalformedContentIsLeftToPdfPig(string content) =>
        Assert.Throws<LeanUnsupportedException>(() => Lex(content));

    [Test]
    public void RandomBytesEndOrAreRefusedWithoutLooping()
    {
        var random = new Random(16);
        for (var run = 0; run < 2000; run++)
        {
            var bytes = new byte[random.Next(1, 200)];
            random.NextBytes(bytes);
            var lexer = new ContentLexer(bytes, bytes.Length);
            var operators = 0;
            try
            {
                Span<char> op = stackalloc char[3];
                while (lexer.Next(op, out _))
                    operators++;
            }
            catch (LeanUnsupportedException)
            {
            }
            Assert.That(operators, Is.LessThanOrEqualTo(bytes.Length));
        }
    }
}
