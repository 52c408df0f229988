using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace GovReportParser.Readers.Pdf;

/// <summary>An axis-parallel rule: <see cref="At"/> is its y (horizontal) or x (vertical), <see cref="From"/>–<see cref="To"/> its extent.</summary>
internal readonly record struct Segment(double At, double From, double To)
{
    public double Length => To - From;

    public bool Covers(double from, double to, double share) => Math.Min(To, to) - Math.Max(From, from) >= share * (to - from);
}

/// <summary>
/// The table rules of a page: stroked lines and edges of stroked rectangles, plus thin filled rectangles (Word and WPS often
/// draw a rule as a filled bar), snapped and merged so that one visual rule becomes one segment.
/// </summary>
internal static class RulingSegments
{
    /// <summary>Thicker than this, a filled rectangle is shading, not a rule.</summary>
    private const double MaxRuleThickness = 2.5;
    /// <summary>Rules whose positions differ by less than this (points) are one rule; gaps up to it are bridged.</summary>
    public const double Snap = 2.0;
    private const double MinLength = 3.0;

    public static (List<Segment> Horizontal, List<Segment> Vertical) Extract(IEnumerable<PdfPath> paths)
    {
        var horizontal = new List<Segment>();
        var vertical = new List<Segment>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
                continue;
            foreach (var sub in path)
            {
                if (sub.IsDrawnAsRectangle && sub.GetBoundingRectangle() is { } r)
                    AddRectangle(r, path.IsStroked, horizontal, vertical);
                else if (path.IsStroked)
                    foreach (var command in sub.Commands)
                        if (command is PdfSubpath.Line line)
                            AddLine(line.From, line.To, horizontal, vertical);
            }
        }
        return (Merge(horizontal), Merge(vertical));
    }

    private static void AddRectangle(PdfRectangle r, bool stroked, List<Segment> horizontal, List<Segment> vertical)
    {
        if (r.Height <= MaxRuleThickness && r.Width >= MinLength)
            horizontal.Add(new Segment((r.Bottom + r.Top) / 2, r.Left, r.Right));
        else if (r.Width <= MaxRuleThickness && r.Height >= MinLength)
            vertical.Add(new Segment((r.Left + r.Right) / 2, r.Bottom, r.Top));
        else if (stroked)
        {
            horizontal.Add(new Segment(r.Bottom, r.Left, r.Right));
            horizontal.Add(new Segment(r.Top, r.Left, r.Right));
            vertical.Add(new Segment(r.Left, r.Bottom, r.Top));
            vertical.Add(new Segment(r.Right, r.Bottom, r.Top));
        }
    }

    private static void AddLine(PdfPoint a, PdfPoint b, List<Segment> horizontal, List<Segment> vertical)
    {
        if (Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) >= MinLength)
            horizontal.Add(new Segment((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) >= MinLength)
            vertical.Add(new Segment((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>Joins collinear segments that overlap or nearly touch.</summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        segments.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var merged = new List<Segment>();
        foreach (var group in GroupByPosition(segments))
        {
            group.Sort((a, b) => a.From.CompareTo(b.From));
            var at = group.Average(s => s.At);
            var current = group[0] with { At = at };
            foreach (var s in group.Skip(1))
            {
                if (s.From <= current.To + Snap)
                    current = current with { To = Math.Max(current.To, s.To) };
                else
                {
                    merged.Add(current);
                    current = s with { At = at };
                }
            }
            merged.Add(current);
        }
        return merged;
    }

    private static IEnumerable<List<Segment>> GroupByPosition(List<Segment> sorted)
    {
        var group = new List<Segment>();
        foreach (var s in sorted)
        {
            if (group.Count > 0 && s.At - group[^1].At > Snap)
            {
                yield return group;
                group = [];
            }
            group.Add(s);
        }
        if (group.Count > 0)
            yield return group;
    }
}
