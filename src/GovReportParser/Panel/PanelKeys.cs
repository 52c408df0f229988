using GovReportParser.Checks;
using GovReportParser.Extraction.Tables;

namespace GovReportParser.Panel;

/// <summary>
/// Every metric key the panel checks and the summary use, in one place: when the typed metric catalogue lands, this is
/// the one file to switch over. Keys are taken from the table definitions where they exist, never retyped.
/// </summary>
public static class PanelKeys
{
    /// <summary>Table 3's row written as 二、上年结转 (year N) and the row 四、结转下年度 it must equal (year N−1).</summary>
    private const string CarriedOverRow = "carried_over";
    private const string CarriedForwardRow = "carried_forward";

    // Declared first: the lists below are built from them, and static fields initialise in textual order.
    /// <summary>Table 3's rows in printed order (keys below "t3.").</summary>
    public static IReadOnlyList<string> Table3Rows { get; } = StandardTables.Table3Rows.Select(r => r.Key).ToArray();

    /// <summary>Table 4's blocks in printed order (keys below "t4.").</summary>
    public static IReadOnlyList<string> Table4Blocks { get; } = StandardTables.Table4Blocks.Select(b => b.Key).ToArray();

    /// <summary>Table 4's columns in printed order.</summary>
    public static IReadOnlyList<string> Table4Columns { get; } = StandardTables.Table4Columns.Select(c => c.Key).ToArray();

    /// <summary>Table 3's column keys, total first.</summary>
    public static IReadOnlyList<string> Table3Columns => Checks.Table3Columns.Keys;

    /// <summary>Per column: the key year N states as carried over and the key year N−1 states as carried forward.</summary>
    public static readonly IReadOnlyList<(string Column, string CarriedOver, string CarriedForward)> CarryOver =
        Table3Columns.Select(c => (c, Table3Key(Row(CarriedOverRow), c), Table3Key(Row(CarriedForwardRow), c))).ToArray();

    /// <summary>The metrics the panel follows from year to year and the summary charts: new requests, disclosed, review and litigation.</summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        Table3Key(Row("new_received"), "total"), Table3Key(Row("result.disclosed"), "total"),
        Table4Key(Block("review"), "total"), "t4.litigation.total",
    ];

    /// <summary>The templates that print tables 3 and 4 (narrative reports have none).</summary>
    public static readonly IReadOnlyList<string> TableTemplates = ["2019", "2021"];

    /// <summary>Short labels of table 3's rows as the 2019 and 2021 templates print them (国办公开办函〔2019〕60号, 〔2021〕30号), for display.</summary>
    public static readonly IReadOnlyDictionary<string, string> Table3RowLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["new_received"] = "一、本年新收", ["carried_over"] = "二、上年结转",
        ["result.disclosed"] = "（一）予以公开", ["result.partially_disclosed"] = "（二）部分公开",
        ["result.withheld.state_secret"] = "（三）1.国家秘密", ["result.withheld.prohibited_by_law"] = "（三）2.法律法规禁止",
        ["result.withheld.three_safeties"] = "（三）3.三安全一稳定", ["result.withheld.third_party"] = "（三）4.第三方合法权益",
        ["result.withheld.internal_affairs"] = "（三）5.内部事务", ["result.withheld.process_info"] = "（三）6.过程性信息",
        ["result.withheld.enforcement_file"] = "（三）7.行政执法案卷", ["result.withheld.query_matter"] = "（三）8.行政查询事项",
        ["result.unable.not_held"] = "（四）1.本机关不掌握", ["result.unable.needs_creation"] = "（四）2.没有现成信息",
        ["result.unable.unclear"] = "（四）3.补正后不明确", ["result.not_processed.petition"] = "（五）1.信访举报投诉",
        ["result.not_processed.duplicate"] = "（五）2.重复申请", ["result.not_processed.publication"] = "（五）3.公开出版物",
        ["result.not_processed.excessive"] = "（五）4.大量反复申请", ["result.not_processed.confirmation"] = "（五）5.确认或重新出具",
        ["result.other"] = "（六）其他处理", ["result.other.no_correction"] = "（六）1.逾期不补正",
        ["result.other.unpaid_fee"] = "（六）2.逾期未缴费", ["result.other.other"] = "（六）3.其他",
        ["result.total"] = "（七）总计", ["carried_forward"] = "四、结转下年度",
    };

    /// <summary>Printed labels of table 3's columns (自然人 … 总计) and table 4's blocks and columns, from the table definitions.</summary>
    public static readonly IReadOnlyDictionary<string, string> Table3ColumnLabels =
        StandardTables.ApplicantColumns.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> Table4BlockLabels =
        StandardTables.Table4Blocks.ToDictionary(b => b.Key, b => b.Label, StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> Table4ColumnLabels =
        StandardTables.Table4Columns.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);

    /// <summary>Display names of the headline metrics.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeadlineLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Headline[0]] = "新收申请", [Headline[1]] = "予以公开", [Headline[2]] = "行政复议", [Headline[3]] = "行政诉讼",
    };

    public static string Table3Key(string row, string column) => $"t3.{row}.{column}";

    public static string Table4Key(string block, string column) => $"t4.{block}.{column}";

    private static string Row(string key) => Table3Rows.Contains(key) ? key : throw new InvalidOperationException($"no table-3 row {key}");

    private static string Block(string key) => Table4Blocks.Contains(key) ? key : throw new InvalidOperationException($"no table-4 block {key}");
}
