using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// Table 4 has no row labels: its fifteen values follow a header that PDFs and flattened text break up in any order
/// (结果 / 维持 on separate lines, 总 计 spaced). The header is every character these labels are made of, so the values
/// start at the first character that is not one of them.
/// </summary>
internal static class Table4Header
{
    private static readonly string HeaderChars = new(
        string.Concat([
            Table4.Table.Title,
            .. Table4.Blocks.SelectMany(b => new[] { b.Label, b.Group ?? "" }),
            .. Table4.Columns.Select(c => c.Label),
            Table4.PrintedAroundLabels,
        ]).Distinct().ToArray());

    public static bool IsHeaderChar(char c) => HeaderChars.Contains(c);

    public static int Skip(string compact, int start)
    {
        var i = start;
        while (i < compact.Length && IsHeaderChar(compact[i]))
            i++;
        return i;
    }
}
