using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables.Alignment;

/// <summary>
/// Which template row a label written right before a run of values names: the row whose label pattern matches last in
/// that text (a merged group cell such as <c>（三）不予公开</c> may stand before the row's own label). Only a strong match
/// counts: one that carries its ordinal, or runs to four characters or more. A bare <c>总计</c> or <c>其他</c> is as likely a
/// column header as a row.
/// </summary>
internal static partial class LabelAnchor
{
    private const int StrongLength = 4;

    [GeneratedRegex(@"^(?:\(?[0-9一二三四五六七八九十]{1,2}\)|[0-9一二三四五六七八九十]{1,2}[.、])")]
    private static partial Regex Ordinal();

    public static string? Of(string label, IReadOnlyList<RowSpec> rows)
    {
        if (label.Length == 0)
            return null;
        string? key = null;
        var bestEnd = -1;
        var bestLength = 0;
        foreach (var spec in rows)
            for (var m = spec.Label.Match(label); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || !(Ordinal().IsMatch(m.Value) || m.Length >= StrongLength))
                    continue;
                var end = m.Index + m.Length;
                if (end > bestEnd || (end == bestEnd && m.Length > bestLength))
                    (key, bestEnd, bestLength) = (spec.Key, end, m.Length);
            }
        return key;
    }
}
