using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>
/// Runs one page's content streams for what the reader takes from a page: glyphs (as PdfPig's letters would give them,
/// through <see cref="PdfPigGlyphs"/>), table rules (as <see cref="RulingSegments"/> reads PdfPig's paths) and whether
/// an image is drawn. The arithmetic is PdfPig's own (its matrix type, its order of products), so positions agree with
/// PdfPig's to rounding; whatever it does not follow exactly is a <see cref="LeanUnsupportedException"/>.
/// </summary>
internal sealed partial class ContentInterpreter
{
    /// <summary>Nested q beyond this is not a report (PdfPig has no bound; a hostile stream would just grow memory).</summary>
    private const int MaxStateDepth = 1024;
    /// <summary>Forms drawing forms deeper than this are left to PdfPig (ObjectGraphGuard has already refused cycles).</summary>
    private const int MaxFormDepth = 16;
    /// <summary>PdfPig merges a combining diacritic (U+0300–U+036F) into the letter before it; that is not followed here.</summary>
    private const char FirstCombiningMark = '\u0300', LastCombiningMark = '\u036F';
    /// <summary>PdfPig's threshold for a baseline that runs along an axis (Letter.GetTextOrientation).</summary>
    private const double AxisTolerance = 10e-5;

    private readonly DocumentCache _cache;
    private readonly IFilterProvider _filters;
    private readonly ResourceStack _resources;
    private readonly PathRules _paths;
    private readonly Dictionary<StreamToken, byte[]> _forms = new(ReferenceEqualityComparer.Instance);
    private GraphicsState[] _states = new GraphicsState[8];
    private int _depth;
    private int _formDepth;
    private TransformationMatrix _textMatrix = TransformationMatrix.Identity;
    private TransformationMatrix _textLineMatrix = TransformationMatrix.Identity;
    private ILeanFont? _graphicsStateFont;

    public ContentInterpreter(DocumentCache cache, IFilterProvider filters, TransformationMatrix initialMatrix, int glyphCapacity)
    {
        _cache = cache;
        _filters = filters;
        _resources = new ResourceStack(cache);
        _paths = new PathRules(Rules);
        Glyphs = new List<PdfGlyph>(glyphCapacity);
        _states[0] = GraphicsState.Initial(initialMatrix);
    }

    public List<PdfGlyph> Glyphs { get; }

    public RulingSegments.Collector Rules { get; } = new();

    public bool HasImages { get; private set; }

    /// <summary>Glyphs whose font maps them to no text (PdfPig logs each one; the reader counts them).</summary>
    public int Unmapped { get; private set; }

    public ResourceStack Resources => _resources;

    private ref GraphicsState State => ref _states[_depth];

    public void Run(byte[] content, int length)
    {
        var lexer = new ContentLexer(content, length);
        Span<char> op = stackalloc char[3];
        while (lexer.Next(op, out var n))
            Execute(op[..n], lexer);
    }

    private void Execute(ReadOnlySpan<char> op, ContentLexer lexer)
    {
        var operands = lexer.Operands;
        switch (op)
        {
            case "q":
                PushState();
                break;
            case "Q":
                PopState();
                break;
            case "cm":
                Need(operands, 6);
                State.Ctm = Matrix(operands).Multiply(State.Ctm);
                break;
            case "BT" or "ET":
                _textMatrix = _textLineMatrix = TransformationMatrix.Identity;
                break;
            case "Tc":
                State.CharacterSpacing = Number(operands, 1);
                break;
            case "Tw":
                State.WordSpacing = Number(operands, 1);
                break;
            case "Tz":
                State.HorizontalScaling = Number(operands, 1);
                break;
            case "TL":
                State.Leading = Number(operands, 1);
                break;
            case "Ts":
                State.Rise = Number(operands, 1);
                break;
            case "Tr":
                Number(operands, 1);
                break;
            case "Tf":
                if (operands.Count != 2 || operands[0].Kind != OperandKind.Name || operands[1].Kind != OperandKind.Number)
                    throw new LeanUnsupportedException("Tf without a font name and size");
                State.FontName = Name(lexer, operands[0]);
                State.FontSize = operands[1].Number;
                break;
            case "Td":
                Need(operands, 2);
                MoveLine(operands[0].Number, operands[1].Number);
                break;
            case "TD":
                Need(operands, 2);
                State.Leading = -operands[1].Number;
                MoveLine(operands[0].Number, operands[1].Number);
                break;
            case "Tm":
                Need(operands, 6);
                _textMatrix = _textLineMatrix = Matrix(operands);
                break;
            case "T*":
                Need(operands, 0);
                MoveLine(0, -State.Leading);
                break;
            case "Tj":
                ShowText(lexer, Text(operands, 0, 1));
                break;
            case "'":
                var line = Text(operands, 0, 1);
                MoveLine(0, -State.Leading);
                ShowText(lexer, line);
                break;
            case "\"":
                var spaced = Text(operands, 2, 3);
                if (operands[0].Kind != OperandKind.Number || operands[1].Kind != OperandKind.Number)
                    throw new LeanUnsupportedException("\" without its spacings");
                State.WordSpacing = operands[0].Number;
                State.CharacterSpacing = operands[1].Number;
                MoveLine(0, -State.Leading);
                ShowText(lexer, spaced);
                break;
            case "TJ":
                if (operands.Count != 1 || operands[0].Kind != OperandKind.Array)
                    throw new LeanUnsupportedException("TJ without an array");
                ShowPositioned(lexer, operands[0]);
                break;
            case "gs":
                SetGraphicsState(NameOperand(lexer, operands));
                break;
            case "Do":
                Draw(NameOperand(lexer, operands));
                break;
            case "BI":
                HasImages = true;
                break;
            default:
                if (!ExecutePath(op, operands) && !IsIgnored(op))
                    throw new LeanUnsupportedException($"the content operator {op}");
                break;
        }
    }

    private bool ExecutePath(ReadOnlySpan<char> op, List<Operand> operands)
    {
        var ctm = State.Ctm;
        switch (op)
        {
            case "m":
                Need(operands, 2);
                _paths.MoveTo(ctm, operands[0].Number, operands[1].Number);
                return true;
            case "l":
                Need(operands, 2);
                _paths.LineTo(ctm, operands[0].Number, operands[1].Number);
                return true;
            case "c":
                Need(operands, 6);
                _paths.CurveTo(ctm, operands[4].Number, operands[5].Number);
                return true;
            case "v" or "y":
                Need(operands, 4);
                _paths.CurveTo(ctm, operands[2].Number, operands[3].Number);
                return true;
            case "re":
                Need(operands, 4);
                _paths.Rectangle(ctm, operands[0].Number, operands[1].Number, operands[2].Number, operands[3].Number);
                return true;
            case "h":
                _paths.CloseSubpath();
                return true;
            case "W" or "W*":
                _paths.Clip();
                return true;
            case "S" or "s":
                _paths.Paint(stroked: true, filled: false);
                return true;
            case "f" or "F" or "f*":
                _paths.Paint(stroked: false, filled: true);
                return true;
            case "B" or "B*" or "b" or "b*":
                _paths.Paint(stroked: true, filled: true);
                return true;
            case "n":
                _paths.Paint(stroked: false, filled: false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Operators that change nothing the reader takes from a page: colours, line style, marked content, shading.</summary>
    private static bool IsIgnored(ReadOnlySpan<char> op) => op switch
    {
        "g" or "G" or "rg" or "RG" or "k" or "K" or "cs" or "CS" or "sc" or "SC" or "scn" or "SCN" => true,
        "w" or "J" or "j" or "M" or "d" or "ri" or "i" or "sh" => true,
        "BMC" or "BDC" or "EMC" or "MP" or "DP" or "BX" or "EX" or "d0" or "d1" => true,
        _ => false,
    };

    private void PushState()
    {
        if (_depth + 1 >= MaxStateDepth)
            throw new LeanUnsupportedException("graphics states nested too deep");
        if (_depth + 1 == _states.Length)
            Array.Resize(ref _states, _states.Length * 2);
        _states[_depth + 1] = _states[_depth] with { FontFromGraphicsState = false };
        _depth++;
    }

    /// <summary>Q: PdfPig keeps the last state when there is nothing to restore, and forgets a graphics-state font either way.</summary>
    private void PopState()
    {
        if (_depth > 0)
            _depth--;
        _graphicsStateFont = null;
    }

    private void MoveLine(double tx, double ty)
    {
        _textLineMatrix = TransformationMatrix.FromValues(1, 0, 0, 1, tx, ty).Multiply(_textLineMatrix);
        _textMatrix = _textLineMatrix;
    }

    private void SetGraphicsState(string name)
    {
        if (_resources.GraphicsState(name) is not { } state)
            return;
        if (state.TryGet(NameToken.Font, _cache.Scanner, out ArrayToken? font) && font.Length == 2
            && font.Data[0] is IndirectReferenceToken reference && font.Data[1] is NumericToken size)
        {
            State.FontFromGraphicsState = true;
            State.FontSize = size.Data;
            _graphicsStateFont = _cache.Font(reference.Data);
        }
    }

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

    private void Draw(string name)
    {
        if (!_resources.TryXObject(name, out var reference)
            || DirectObjectFinder.Get<StreamToken>(new IndirectReferenceToken(reference), _cache.Scanner) is not { } stream)
            throw new LeanUnsupportedException("an XObject the resources do not name");
        if (!stream.StreamDictionary.Data.TryGetValue(NameToken.Subtype.Data, out var subtypeToken) || subtypeToken is not NameToken subtype)
            throw new LeanUnsupportedException("an XObject without a subtype");
        if (subtype.Equals(NameToken.Image))
            HasImages = true;
        else if (subtype.Equals(NameToken.Form))
            DrawForm(stream);
        else if (!subtype.Equals(NameToken.Ps))
            throw new LeanUnsupportedException("an XObject of an unknown subtype");
    }

    /// <summary>A Form XObject: its resources over the current ones, its matrix on the CTM, its content, then all restored.</summary>
    private void DrawForm(StreamToken form)
    {
        if (_formDepth >= MaxFormDepth)
            throw new LeanUnsupportedException("forms nested too deep");
        var scanner = _cache.Scanner;
        var dictionary = form.StreamDictionary;
        var hasResources = dictionary.TryGet(NameToken.Resources, scanner, out DictionaryToken? resources);
        if (hasResources)
            _resources.Push(resources!);
        PushState();
        _formDepth++;
        try
        {
            if (dictionary.TryGet(NameToken.Group, scanner, out DictionaryToken? group)
                && !(group.TryGet(NameToken.S, scanner, out NameToken? s) && s.Equals(NameToken.Transparency)))
                throw new LeanUnsupportedException("a form group that is not a transparency group");
            if (dictionary.TryGet(NameToken.Matrix, scanner, out ArrayToken? matrix))
                State.Ctm = FormMatrix(matrix).Multiply(State.Ctm);
            if (!_forms.TryGetValue(form, out var content))
                _forms[form] = content = Decode(form);
            Run(content, content.Length);
        }
        finally
        {
            _formDepth--;
            PopState();
            if (hasResources)
                _resources.Pop();
        }
    }

    public byte[] Decode(StreamToken stream)
    {
        var decoded = stream.Decode(_filters);
        return MemoryMarshal.TryGetArray<byte>(decoded, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : decoded.ToArray();
    }

    private static TransformationMatrix FormMatrix(ArrayToken matrix)
    {
        if (matrix.Length != 6)
            throw new LeanUnsupportedException("a form matrix that is not six numbers");
        Span<double> values = stackalloc double[6];
        for (var i = 0; i < 6; i++)
            values[i] = matrix.Data[i] is NumericToken n ? n.Double : throw new LeanUnsupportedException("a form matrix that is not six numbers");
        return TransformationMatrix.FromArray(values);
    }

    private static TransformationMatrix Matrix(List<Operand> o) =>
        TransformationMatrix.FromValues(o[0].Number, o[1].Number, o[2].Number, o[3].Number, o[4].Number, o[5].Number);

    private static void Need(List<Operand> operands, int count)
    {
        if (operands.Count != count)
            throw new LeanUnsupportedException("an operator with an unexpected number of operands");
        foreach (var o in operands)
            if (o.Kind != OperandKind.Number)
                throw new LeanUnsupportedException("an operator with an operand that is not a number");
    }

    private static double Number(List<Operand> operands, int count)
    {
        Need(operands, count);
        return operands[0].Number;
    }

    private static Operand Text(List<Operand> operands, int index, int count)
    {
        if (operands.Count != count || operands[index].Kind != OperandKind.String)
            throw new LeanUnsupportedException("text shown without a string");
        return operands[index];
    }

    private static string NameOperand(ContentLexer lexer, List<Operand> operands)
    {
        if (operands.Count != 1 || operands[0].Kind != OperandKind.Name)
            throw new LeanUnsupportedException("an operator without its name");
        return Name(lexer, operands[0]);
    }

    private static string Name(ContentLexer lexer, Operand name)
    {
        var bytes = lexer.Bytes(name);
        foreach (var b in bytes)
            if (b >= 0x80)
                throw new LeanUnsupportedException("a name that is not ASCII");
        return System.Text.Encoding.ASCII.GetString(bytes);
    }

    /// <summary>The part of PdfPig's graphics state that positions text and paths.</summary>
    private record struct GraphicsState(
        TransformationMatrix Ctm,
        string? FontName,
        double FontSize,
        double CharacterSpacing,
        double WordSpacing,
        double HorizontalScaling,
        double Leading,
        double Rise,
        bool FontFromGraphicsState)
    {
        public static GraphicsState Initial(TransformationMatrix ctm) => new(ctm, null, 0, 0, 0, 100, 0, 0, false);
    }
}
