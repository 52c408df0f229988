namespace GovReportParser.Extraction.Tables;

/// <summary>The row relations of table 3 that the template prints, shared by the resolver and the checks.</summary>
public static class Table3Relations
{
    /// <summary>
    /// The rows that add up to (七)总计, given the rows a table has (keys below "t3."): the fixed result rows plus 其他处理,
    /// as its three 2021 sub-rows when any is present, else as one row. Null when a fixed result row is missing.
    /// </summary>
    public static IReadOnlyList<string>? ResultRowKeys(IEnumerable<string> present)
    {
        var keys = present.ToHashSet();
        if (!StandardTables.Table3ResultRows.All(keys.Contains))
            return null;
        var subRows = StandardTables.Table3OtherSubRows.Where(keys.Contains).ToList();
        if (subRows.Count > 0)
            return subRows.Count == StandardTables.Table3OtherSubRows.Count ? [.. StandardTables.Table3ResultRows, .. subRows] : null;
        return keys.Contains("result.other") ? [.. StandardTables.Table3ResultRows, "result.other"] : null;
    }
}
