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
        var rules = new Collector();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
                continue;
            foreach (var sub in path)
            {
                if (sub.IsDrawnAsRectangle && sub.GetBoundingRectangle() is { } r)
                    rules.AddRectangle(r.Left, r.Bottom, r.Right, r.Top, path.IsStroked);
                else if (path.IsStroked)
                    foreach (var command in sub.Commands)
                        if (command is PdfSubpath.Line line)
                            rules.AddLine(line.From.X, line.From.Y, line.To.X, line.To.Y);
            }
        }
        return rules.Merged();
    }

    /// <summary>
    /// Collects the rules of one page from whatever walks its paths (PdfPig's paths or the lean text layer's): painted
    /// rectangles by their bounds, stroked straight lines by their ends, in page space.
    /// </summary>
    public sealed class Collector
    {
        private readonly List<Segment> _horizontal = [];
        private readonly List<Segment> _vertical = [];

        public void AddRectangle(double left, double bottom, double right, double top, bool stroked)
        {
            double width = right - left, height = top - bottom;
            if (height <= MaxRuleThickness && width >= MinLength)
                _horizontal.Add(new Segment((bottom + top) / 2, left, right));
            else if (width <= MaxRuleThickness && height >= MinLength)
                _vertical.Add(new Segment((left + right) / 2, bottom, top));
            else if (stroked)
            {
                _horizontal.Add(new Segment(bottom, left, right));
                _horizontal.Add(new Segment(top, left, right));
                _vertical.Add(new Segment(left, bottom, top));
                _vertical.Add(new Segment(right, bottom, top));
            }
        }

        public void AddLine(double ax, double ay, double bx, double by)
        {
            if (Math.Abs(ay - by) < 0.5 && Math.Abs(ax - bx) >= MinLength)
                _horizontal.Add(new Segment((ay + by) / 2, Math.Min(ax, bx), Math.Max(ax, bx)));
            else if (Math.Abs(ax - bx) < 0.5 && Math.Abs(ay - by) >= MinLength)
                _vertical.Add(new Segment((ax + bx) / 2, Math.Min(ay, by), Math.Max(ay, by)));
        }

        /// <summary>The rules so far, one segment per visual rule.</summary>
        public (List<Segment> Horizontal, List<Segment> Vertical) Merged() => (Merge([.. _horizontal]), Merge([.. _vertical]));
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
