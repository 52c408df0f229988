using GovReportParser.Text;

namespace GovReportParser.Structure;

/// <summary>
/// Rows of table 3 (收到和处理政府信息公开申请情况) that the 2019 and 2021 templates number like headings
/// (一、本年新收政府信息公开申请数量 … 四、结转下年度继续办理; （一）予以公开 … （七）总计). Text extracted from a PDF puts
/// such a row on a line of its own, where it looks like a heading; it never is one.
/// </summary>
internal static class Table3RowLabels
{
    /// <summary>The template's numbered top rows: a heading that starts with one is a table row, whatever follows.</summary>
    private static readonly string[] TopRows = ["本年新收", "上年结转", "本年度办理结果", "结转下年度继续办理"];

    /// <summary>The template's （一）…（七） result rows: a table row when nothing but figures or a note in brackets follows.</summary>
    private static readonly string[] ResultRows = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "总计"];

    public static bool IsRow(HeadingMarker marker)
    {
        var title = CompactText.Compacted(marker.Rest);
        if (marker.Style == NumberingStyle.Han)
            return TopRows.Any(r => title.StartsWith(r, StringComparison.Ordinal));
        if (marker.Style != NumberingStyle.HanParen)
            return false;
        foreach (var row in ResultRows)
            if (title.StartsWith(row, StringComparison.Ordinal) && OnlyFiguresOrNote(title.AsSpan(row.Length)))
                return true;
        return false;
    }

    private static bool OnlyFiguresOrNote(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || rest[0] is '（' or '(' || rest.IndexOfAnyExcept("0123456789.-") < 0;
}
