using System.Text.RegularExpressions;
using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// Rows of the pre-2019 统计表 flattened into running text: label, 计量单位, then the 本年 and 历年累计 cells glued
/// together (行政诉讼数条00, 受理依申请公开信息总数条2121). Where the cells can be split in more than one way the row
/// says nothing certain; a run of zeros can only mean 0 this year, so only those rows are read.
/// </summary>
public static partial class ZeroStatisticsRows
{
    private static IReadOnlyList<(string Label, string Key)> Rows => StatisticsTable.Rows;

    [GeneratedRegex(@"(?<label>[\p{IsCJKUnifiedIdeographs}]+?)(条|件|元|宗|次)(?<cells>0+)(?![0-9.])")]
    private static partial Regex ZeroRow();

    public static IEnumerable<(string Key, string Row)> Read(string folded)
    {
        if (!Rows.Any(r => folded.Contains(r.Label, StringComparison.Ordinal)))
            yield break; // the pattern is costly on long glued rows, and only these labels are read
        foreach (Match row in ZeroRow().Matches(folded))
        {
            var label = row.Groups["label"].Value;
            foreach (var (name, key) in Rows)
                if (label.EndsWith(name, StringComparison.Ordinal))
                {
                    yield return (key, row.Value);
                    break;
                }
        }
    }
}
