using GovReportParser.Catalogue;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// The row specs the table reader looks for, made from the catalogue's tables 2 and 3 (<see cref="Table2"/>,
/// <see cref="Table3"/>): their label patterns compiled once, table 2's per template with that template's columns.
/// </summary>
internal static class StandardTables
{
    /// <summary>Table 3 rows in printed order; the 其他处理 sub-rows exist only in 2021.</summary>
    public static readonly IReadOnlyList<RowSpec> Table3Rows = [.. Table3.Rows.Select(r => new RowSpec(r))];

    public static readonly IReadOnlyList<RowSpec> Table2Rows2019 = Table2Specs(Templates.Y2019);

    public static readonly IReadOnlyList<RowSpec> Table2Rows2021 = Table2Specs(Templates.Y2021);

    private static List<RowSpec> Table2Specs(Templates template) =>
        [.. Table2.RowsIn(template).Select(r => new RowSpec(r, r.ColumnsIn(template)))];
}
