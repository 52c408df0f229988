using GovReportParser.Catalogue;
using GovReportParser.Text;

namespace GovReportParser.Structure;

/// <summary>
/// Rows of table 3 (收到和处理政府信息公开申请情况) that the 2019 and 2021 templates number like headings
/// (一、本年新收政府信息公开申请数量 … 四、结转下年度继续办理; （一）予以公开 … （七）总计). Text extracted from a PDF puts
/// such a row on a line of its own, where it looks like a heading; it never is one.
/// </summary>
internal static class Table3RowLabels
{
    // The rows' opening words come from the catalogue, so that a relabelled row is a table row here too.
    private static readonly string[] TopRows = [.. Table3.TopRows.Select(r => r.LeadWord)];

    /// <summary>（一）…（七）: a table row when nothing but figures or a note in brackets follows the label.</summary>
    private static readonly string[] ResultRows = [.. Table3.ResultRows.Select(r => r.LeadWord)];

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
