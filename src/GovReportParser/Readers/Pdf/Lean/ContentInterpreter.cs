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

    /// <summary>
    /// Operators that change nothing the reader takes from a page: colours, line style, marked content, shading. A BDC's
    /// /ActualText is not applied because PdfReader opens PdfPig without UseActualText, so PdfPig does not apply it either.
    /// </summary>
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
