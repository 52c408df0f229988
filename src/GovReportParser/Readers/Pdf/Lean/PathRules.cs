using UglyToad.PdfPig.Core;

namespace GovReportParser.Readers.Pdf.Lean;

/// <summary>
/// The path operators as PdfPig builds paths, reduced to what <see cref="RulingSegments"/> reads of them: a path is kept
/// as its subpaths' rectangles (from <c>re</c>) and straight lines until it is painted; a path that became a clipping path
/// is dropped, as PdfPig's paths are when clipping paths are not applied. Points are in page space (the CTM applied as
/// each operator comes), and PdfPig's own shapes are kept: a line after <c>re</c> or <c>h</c> with no <c>m</c> between is
/// dropped, a closing segment is not a line.
/// </summary>
internal sealed class PathRules(RulingSegments.Collector rules)
{
    /// <summary>A line from (X1, Y1) to (X2, Y2), or a rectangle's bounds (left, bottom, right, top), in drawing order.</summary>
    private readonly record struct Piece(bool IsRectangle, double X1, double Y1, double X2, double Y2);

    private readonly List<Piece> _pieces = [];
    private bool _hasPath;
    private bool _hasSubpath;
    private bool _clipping;
    private double _x, _y;

    public void MoveTo(in TransformationMatrix ctm, double x, double y)
    {
        _hasPath = true;
        _hasSubpath = true;
        (_x, _y) = ctm.Transform(x, y);
    }

    public void LineTo(in TransformationMatrix ctm, double x, double y)
    {
        if (!_hasSubpath)
            return;
        var (tx, ty) = ctm.Transform(x, y);
        _pieces.Add(new Piece(false, _x, _y, tx, ty));
        (_x, _y) = (tx, ty);
    }

    /// <summary>A curve draws no rule; it only moves the subpath's current point to its end.</summary>
    public void CurveTo(in TransformationMatrix ctm, double endX, double endY)
    {
        if (!_hasSubpath)
            return;
        (_x, _y) = ctm.Transform(endX, endY);
    }

    /// <summary><c>re</c>: PdfPig transforms two corners and spans the rectangle between them.</summary>
    public void Rectangle(in TransformationMatrix ctm, double x, double y, double width, double height)
    {
        _hasPath = true;
        var (llx, lly) = ctm.Transform(x, y);
        var (urx, ury) = ctm.Transform(x + width, y + height);
        _pieces.Add(new Piece(true, Math.Min(llx, urx), Math.Min(lly, ury), Math.Max(llx, urx), Math.Max(lly, ury)));
        _hasSubpath = false;
    }

    /// <summary><c>h</c>: the subpath ends; what follows needs a new <c>m</c>.</summary>
    public void CloseSubpath() => _hasSubpath = false;

    /// <summary><c>W</c>, <c>W*</c>.</summary>
    public void Clip()
    {
        if (!_hasPath)
            return;
        _hasSubpath = false;
        _clipping = true;
    }

    /// <summary>A painting operator (<c>n</c> paints nothing).</summary>
    public void Paint(bool stroked, bool filled)
    {
        if (!_hasPath)
            return;
        if (!_clipping && (stroked || filled))
        {
            foreach (var p in _pieces)
                if (p.IsRectangle)
                    rules.AddRectangle(p.X1, p.Y1, p.X2, p.Y2, stroked);
                else if (stroked)
                    rules.AddLine(p.X1, p.Y1, p.X2, p.Y2);
        }
        _pieces.Clear();
        _hasPath = _hasSubpath = _clipping = false;
    }
}
