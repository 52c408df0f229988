using System.Runtime.InteropServices;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>Text showing: codes to glyphs with PdfPig's arithmetic, the text matrix moved past each.</summary>
internal sealed partial class ContentInterpreter
{
    /// <summary>PdfPig merges a combining diacritic (U+0300–U+036F) into the letter before it; that is not followed here.</summary>
    private const char FirstCombiningMark = '\u0300', LastCombiningMark = '\u036F';
    /// <summary>PdfPig's threshold for a baseline that runs along an axis (Letter.GetTextOrientation).</summary>
    private const double AxisTolerance = 10e-5;

    private ILeanFont NamedFont()
    {
        if (State.FontName is not { } name || !_resources.TryFont(name, out var reference))
            throw new LeanUnsupportedException("text shown in a font the resources do not name");
        return _cache.Font(reference);
    }

    private void ShowText(ContentLexer lexer, Operand text)
    {
        var font = State.FontFromGraphicsState
            ? _graphicsStateFont ?? throw new LeanUnsupportedException("a graphics-state font after Q")
            : NamedFont();
        ShowCodes(font, lexer.Bytes(text));
    }

    private void ShowPositioned(ContentLexer lexer, Operand array)
    {
        var font = NamedFont();
        var items = CollectionsMarshal.AsSpan(lexer.ArrayItems).Slice(array.Start, array.Length);
        foreach (var item in items)
        {
            if (item.Kind == OperandKind.Number)
            {
                double tx = 0, ty = 0;
                if (font.IsVertical)
                    ty = -item.Number / 1000 * State.FontSize;
                else
                    tx = -item.Number / 1000 * State.FontSize * (State.HorizontalScaling / 100.0);
                _textMatrix = TransformationMatrix.GetTranslationMatrix(tx, ty).Multiply(_textMatrix);
            }
            else if (item.Kind == OperandKind.String)
                ShowCodes(font, lexer.Bytes(item));
            else
                throw new LeanUnsupportedException("a name inside a TJ array");
        }
    }

    /// <summary>Each code of a shown string to a glyph, the text matrix moved past it: PdfPig's ShowText, step for step.</summary>
    private void ShowCodes(ILeanFont font, ReadOnlySpan<byte> bytes)
    {
        ref var state = ref State;
        var fontSize = state.FontSize;
        var horizontalScaling = state.HorizontalScaling / 100.0;
        var ctm = state.Ctm;
        var rendering = TransformationMatrix.FromValues(fontSize * horizontalScaling, 0, 0, fontSize, 0, state.Rise);
        var pointSize = Math.Round(ctm.Multiply(_textMatrix).Transform(new PdfRectangle(0, 0, 1, fontSize)).Height, 2);
        var position = 0;
        while (position < bytes.Length)
        {
            var code = font.ReadCode(bytes, ref position, out var codeLength);
            if (!font.TryGetUnicode(code, out var unicode) || unicode is null)
            {
                Unmapped++;
                unicode = new string((char)code, 1);
            }
            if (unicode.Length == 1 && unicode[0] is >= FirstCombiningMark and <= LastCombiningMark)
                throw new LeanUnsupportedException("a combining diacritic (PdfPig merges it into the letter before)");
            var wordSpacing = code == ' ' && codeLength == 1 ? state.WordSpacing : 0.0;
            var textMatrix = _textMatrix;
            if (font.IsVertical)
            {
                var (vx, vy) = font.PositionVector(code);
                textMatrix = textMatrix.Translate(vx, vy);
            }
            var advance = font.Advance(code);
            AddGlyph(font, unicode, fontSize, pointSize, rendering, textMatrix, ctm, advance);
            double tx, ty;
            if (font.IsVertical)
            {
                tx = 0;
                ty = font.VerticalDisplacement(code) * fontSize + state.CharacterSpacing + wordSpacing;
            }
            else
            {
                tx = (advance * fontSize + state.CharacterSpacing + wordSpacing) * horizontalScaling;
                ty = 0;
            }
            _textMatrix = _textMatrix.Translate(tx, ty);
        }
    }

    private void AddGlyph(ILeanFont font, string unicode, double fontSize, double pointSize, in TransformationMatrix rendering,
        in TransformationMatrix textMatrix, in TransformationMatrix ctm, double advance)
    {
        var baseline = PerformantRectangleTransformer.Transform(rendering, textMatrix, ctm, new PdfRectangle(0, 0, advance, 1));
        var loose = PerformantRectangleTransformer.Transform(rendering, textMatrix, ctm, new PdfRectangle(0, font.Descent, advance, font.Ascent));
        var start = baseline.BottomLeft;
        var end = baseline.BottomRight;
        Glyphs.Add(new PdfGlyph(unicode, font.Name, start.X, start.Y, end.X, end.Y, loose.Left, loose.Bottom, loose.Right, loose.Top,
            pointSize, IsHorizontal(start, end, rendering, textMatrix, ctm)));
    }

    /// <summary>
    /// PdfPig's TextOrientation.Horizontal. A glyph with no advance has its orientation from its outline's box there; here
    /// only the case where every matrix keeps the axes upright is taken (the box is then upright whatever the outline).
    /// </summary>
    private static bool IsHorizontal(PdfPoint start, PdfPoint end, in TransformationMatrix rendering, in TransformationMatrix textMatrix,
        in TransformationMatrix ctm)
    {
        var alongX = Math.Abs(start.Y - end.Y) < AxisTolerance;
        var alongY = Math.Abs(start.X - end.X) < AxisTolerance;
        if (alongX && !alongY)
            return start.X <= end.X;
        if (!alongX)
            return false;
        var m = rendering.Multiply(textMatrix).Multiply(ctm);
        if (m.B == 0 && m.C == 0 && m.A > 0 && m.D > 0)
            return true;
        throw new LeanUnsupportedException("a glyph with no advance set rotated");
    }
}
