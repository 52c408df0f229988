namespace GovReportParser.Extraction.Tables;

/// <summary>A row label found in the compact text: where it starts and ends.</summary>
internal sealed record LocatedRow(RowSpec Spec, int Start, int End);

/// <summary>
/// Finds row labels in printed order within a region of compact text. Searching in order, each from the end of the
/// previous label, is what keeps short labels (其他, 总计) from matching column headers or later rows; a row whose label is
/// absent is skipped and the search goes on from the same place.
/// </summary>
internal static class RowLocator
{
    public static List<LocatedRow> Locate(string compact, int start, int end, IReadOnlyList<RowSpec> rows)
    {
        var found = new List<LocatedRow>();
        var position = start;
        foreach (var spec in rows)
        {
            if (spec.OnlyAfter.Count > 0 && !found.Any(f => spec.OnlyAfter.Contains(f.Spec.Key)))
                continue;
            if (position >= end)
                break;
            var match = spec.Label.Match(compact, position, end - position);
            if (!match.Success)
                continue;
            found.Add(new LocatedRow(spec, match.Index, match.Index + match.Length));
            position = match.Index + match.Length;
        }
        return found;
    }
}
