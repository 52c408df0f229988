using System.Globalization;
using System.Text;

namespace GovReportParser.Summaries;

/// <summary>What a chart marks at a year: a panel finding, with its text as a tooltip.</summary>
internal sealed record ChartMark(int Year, ChartMarkKind Kind, string Text);

internal enum ChartMarkKind
{
    /// <summary>The metric jumped (ringed point).</summary>
    Jump,

    /// <summary>The carry-over into this year does not hold (triangle on the axis).</summary>
    CarryOver,

    /// <summary>The year exists twice with different numbers (diamond on the axis).</summary>
    Duplicate,
}

/// <summary>
/// A small line chart of one metric over an agency's years, drawn as SVG by hand: fixed geometry, invariant number
/// formatting and no measured text, so the same data give the same bytes on every machine. Years without a report are
/// shaded and bridged by a dashed line; a year whose report does not state the metric has no point.
/// </summary>
internal static class SvgLineChart
{
    private const double Width = 240, Height = 132, Left = 36, Right = 16, Top = 10, Bottom = 22;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    /// <summary>Most year labels written under the axis; more years show every k-th.</summary>
    private const int MaxYearLabels = 6;

    public static string Render(string title, IReadOnlyList<(int Year, decimal? Value)> points, IReadOnlySet<int> yearsWithReport, IReadOnlyList<ChartMark> marks)
    {
        var first = points[0].Year;
        var last = points[^1].Year;
        var top = NiceCeiling(points.Max(p => p.Value ?? 0));
        double X(int year) => first == last ? Left + PlotWidth / 2 : Left + (year - first) * PlotWidth / (last - first);
        double Y(decimal value) => Top + PlotHeight - (double)(value / top) * PlotHeight;
        var step = first == last ? 0 : PlotWidth / (last - first);

        var svg = new StringBuilder(2048);
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {F(Width)} {F(Height)}\" width=\"{F(Width)}\" height=\"{F(Height)}\" role=\"img\" aria-label=\"{Html.Escape(title)}\">");
        svg.Append($"<title>{Html.Escape(title)}</title>");
        svg.Append($"<rect class=\"plot\" x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(PlotWidth)}\" height=\"{F(PlotHeight)}\"/>");
        for (var year = first; year <= last; year++)
            if (!yearsWithReport.Contains(year))
                svg.Append($"<rect class=\"missing\" x=\"{F(X(year) - step / 2)}\" y=\"{F(Top)}\" width=\"{F(step)}\" height=\"{F(PlotHeight)}\"><title>{year}: 无报告 no report</title></rect>");
        foreach (var tick in new[] { 0m, top / 2, top })
        {
            var y = Y(tick);
            svg.Append($"<line class=\"grid\" x1=\"{F(Left)}\" y1=\"{F(y)}\" x2=\"{F(Left + PlotWidth)}\" y2=\"{F(y)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{F(Left - 4)}\" y=\"{F(y + 3.5)}\" text-anchor=\"end\">{Html.Num(tick)}</text>");
        }
        var every = Math.Max(1, (int)Math.Ceiling((last - first + 1) / (double)MaxYearLabels));
        for (var year = first; year <= last; year++)
            if ((year - first) % every == 0 || year == last)
                svg.Append($"<text class=\"tick\" x=\"{F(X(year))}\" y=\"{F(Height - 6)}\" text-anchor=\"middle\">{year}</text>");

        var stated = points.Where(p => p.Value is not null).ToArray();
        for (var i = 1; i < stated.Length; i++)
        {
            var (a, b) = (stated[i - 1], stated[i]);
            var cls = b.Year - a.Year == 1 ? "line" : "line bridged";
            svg.Append($"<line class=\"{cls}\" x1=\"{F(X(a.Year))}\" y1=\"{F(Y(a.Value!.Value))}\" x2=\"{F(X(b.Year))}\" y2=\"{F(Y(b.Value!.Value))}\"/>");
        }
        foreach (var (year, value) in stated)
            svg.Append($"<circle class=\"point\" cx=\"{F(X(year))}\" cy=\"{F(Y(value!.Value))}\" r=\"2.5\"><title>{year}: {Html.Num(value.Value)}</title></circle>");

        foreach (var mark in marks)
        {
            var x = X(mark.Year);
            var text = Html.Escape(mark.Text);
            var axis = Top + PlotHeight;
            switch (mark.Kind)
            {
                case ChartMarkKind.Jump when stated.FirstOrDefault(p => p.Year == mark.Year).Value is { } v:
                    svg.Append($"<circle class=\"mark jump\" cx=\"{F(x)}\" cy=\"{F(Y(v))}\" r=\"5.5\"><title>{text}</title></circle>");
                    break;
                case ChartMarkKind.CarryOver:
                    svg.Append($"<path class=\"mark carry\" d=\"M{F(x)} {F(axis - 9)}L{F(x - 5)} {F(axis - 1)}L{F(x + 5)} {F(axis - 1)}Z\"><title>{text}</title></path>");
                    break;
                case ChartMarkKind.Duplicate:
                    svg.Append($"<path class=\"mark duplicate\" d=\"M{F(x)} {F(axis - 12)}L{F(x - 4)} {F(axis - 7)}L{F(x)} {F(axis - 2)}L{F(x + 4)} {F(axis - 7)}Z\"><title>{text}</title></path>");
                    break;
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The smallest of 1, 2, 5 × 10^k at or above the value (at least 1), so that ticks are round numbers.</summary>
    internal static decimal NiceCeiling(decimal max)
    {
        decimal magnitude = 1;
        while (true)
        {
            foreach (var factor in new[] { 1m, 2m, 5m })
                if (factor * magnitude >= max)
                    return factor * magnitude;
            magnitude *= 10;
        }
    }

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
