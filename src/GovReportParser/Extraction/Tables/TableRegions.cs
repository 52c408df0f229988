using System.Text.RegularExpressions;
using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Where tables 2, 3 and 4 sit in the compact text (-1 when absent). Each is looked for after the one before it, so a
/// preamble that lists the section titles, or a narrative that mentions 行政复议, is not taken for a table.
/// </summary>
internal sealed record TableRegions(int Table2, int Table3, int Table4, int End)
{
    private static readonly Regex Table2Start = LabelPattern.Compile(Catalogue.Table2.Start);

    private static readonly Regex Table4Start = LabelPattern.Compile(Catalogue.Table4.Start);

    /// <summary>Without a table 3 to start from, only table 4's title is safe: narrative mentions 行政复议 freely.</summary>
    private static readonly Regex Table4Title = LabelPattern.Compile(Catalogue.Table4.TitleFromStart);

    public static TableRegions Find(string compact)
    {
        var t2 = Table2Start.Match(compact) is { Success: true } m2 ? m2.Index : -1;
        var t3 = FindTable3(compact, Math.Max(t2, 0));
        var t4Match = t3 >= 0 ? Table4Start.Match(compact, t3) : Table4Title.Match(compact, Math.Max(t2, 0));
        var t4 = t4Match.Success ? t4Match.Index : -1;
        return new TableRegions(t2, t3, t4, compact.Length);
    }

    /// <summary>
    /// Table 3 starts at 一、本年新收…数量 when 二、上年结转…数量 follows within a row's length: a narrative sentence that
    /// uses the first label (本年新收政府信息公开申请数量为5件) is not the table.
    /// </summary>
    private static int FindTable3(string compact, int from)
    {
        const int RowLength = 160;
        for (var m = StandardTables.Table3Rows[0].Label.Match(compact, from); m.Success; m = m.NextMatch())
        {
            var end = m.Index + m.Length;
            if (StandardTables.Table3Rows[1].Label.Match(compact, end, Math.Min(RowLength, compact.Length - end)).Success)
                return m.Index;
        }
        return -1;
    }

    public int Table2End => Table3 >= 0 ? Table3 : End;

    public int Table3End => Table4 >= 0 ? Table4 : End;
}
