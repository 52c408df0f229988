using GovReportParser.Catalogue;

namespace GovReportParser.Panel;

/// <summary>
/// Every metric key, row and label the panel checks and the summary use, in one place, taken from the table catalogue
/// (Catalogue/): nothing here retypes a key.
/// </summary>
public static class PanelKeys
{
    /// <summary>Table 3's column keys in the order checks report them: 总计 first.</summary>
    public static readonly IReadOnlyList<string> Table3Columns = Table3.CheckOrder.Select(c => c.Key).ToArray();

    /// <summary>Per column: the key year N states as 二、上年结转 and the key year N−1 states as 四、结转下年度 (which must be equal).</summary>
    public static readonly IReadOnlyList<(string Column, string CarriedOver, string CarriedForward)> CarryOver =
        Table3.CheckOrder.Select(c => (c.Key, Table3.Cell(Table3.CarriedOver, c), Table3.Cell(Table3.CarriedForward, c))).ToArray();

    /// <summary>The printed labels of the two carry-over rows, as details quote them.</summary>
    public static readonly string CarriedOverLabel = Table3.CarriedOver.PrintedNumber + Table3.CarriedOver.Label;
    public static readonly string CarriedForwardLabel = Table3.CarriedForward.PrintedNumber + Table3.CarriedForward.Label;

    /// <summary>The metrics the panel follows from year to year and the summary charts: new requests, disclosed, review and litigation.</summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        Table3.Cell(Table3.NewReceived, Table3.Total), Table3.Cell(Table3.Disclosed, Table3.Total),
        Table4.Cell(Table4.Review, Table4.Total), Table4.LitigationTotal,
    ];

    /// <summary>Short display names of the headline metrics, for chart captions.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeadlineLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Headline[0]] = Table3.NewReceived.ShortLabel, [Headline[1]] = Table3.Disclosed.Label, [Headline[2]] = Table4.Review.Label, [Headline[3]] = Table4.Litigation,
    };

    /// <summary>The templates that print tables 3 and 4, by their <c>report.template</c> names.</summary>
    public static readonly IReadOnlyList<(string Name, Templates Template)> TableTemplates =
        [(TemplateNames.Y2019, Templates.Y2019), (TemplateNames.Y2021, Templates.Y2021)];

    /// <summary>Table 3's rows a template prints, in printed order.</summary>
    public static IReadOnlyList<TableRow> Table3Rows(Templates template) => Table3.Rows.Where(r => r.Templates.HasFlag(template)).ToArray();

    public static IReadOnlyList<TableColumn> Table3PrintedColumns => Table3.Columns;

    public static IReadOnlyList<Table4Block> Table4Blocks => Table4.Blocks;

    public static IReadOnlyList<TableColumn> Table4Columns => Table4.Columns;

    public static string Table3Cell(TableRow row, TableColumn column) => Table3.Cell(row, column);

    public static string Table4Cell(Table4Block block, TableColumn column) => Table4.Cell(block, column);
}
