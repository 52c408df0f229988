using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Where the aligner looks for table 3's values: from the table's caption (三、收到和处理政府信息公开申请情况), when it
/// stands before the first row label, to table 4. Text layers that lose rows may print values before the first label
/// (or drop it), so the label alone does not mark where the values begin.
/// </summary>
internal static class Table3Region
{
    private static readonly Regex CaptionPattern = Catalogue.LabelPattern.Compile(Catalogue.Table3.Table.Caption);

    /// <summary>Compact position just after the caption, or -1.</summary>
    public static int Caption(string compact, TableRegions regions) => CaptionMatch(compact, regions) is { Success: true } m ? m.Index + m.Length : -1;

    /// <summary>Where table 2 ends: at table 3's caption when there is one, else where table 3's rows begin.</summary>
    public static int Table2End(string compact, TableRegions regions) =>
        CaptionMatch(compact, regions) is { Success: true } m ? m.Index : regions.Table2End;

    private static Match? CaptionMatch(string compact, TableRegions regions)
    {
        var from = Math.Max(regions.Table2, 0);
        var until = regions.Table3 >= 0 ? regions.Table3 : regions.Table4 >= 0 ? regions.Table4 : compact.Length;
        return until <= from ? null : CaptionPattern.Match(compact, from, until - from);
    }

    public static (int Start, int End) Of(string compact, TableRegions regions)
    {
        var caption = Caption(compact, regions);
        var start = caption >= 0 ? caption : regions.Table3;
        return (start, regions.Table3End);
    }
}
