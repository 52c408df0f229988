namespace GovReportParser.Extraction.Tables;

/// <summary>
/// The rows and columns of tables 2, 3 and 4 of the 2019 (国办公开办函〔2019〕60号) and 2021 (国办公开办函〔2021〕30号)
/// templates, with the label patterns that find them. Patterns run on compact text (no whitespace, ASCII digits and
/// brackets) and tolerate the variants real reports print: optional ordinals, 规范性文件 with or without 行政, typos such
/// as 行政止公开 and wrapped or spaced labels (whitespace is gone before they run).
/// </summary>
internal static class StandardTables
{
    private const string SafetyEnd = "稳定[”\"’']?";

    private static string Ordinal(string n) => $@"(?:\(?{n}\)?[.、]?)?";

    /// <summary>
    /// A long label that PDFs wrap around its own values (<c>…只计这一情 447 7 0 … 454 形，不计其他情形）</c>): the head,
    /// then optionally the rest up to its last word, which may have a run of values inside it (see <see cref="RowReader"/>).
    /// </summary>
    private static string Wrapped(string head, string last, int max = 40) =>
        $@"{head}(?:[\u3400-\u9fff0-9.,、“”""'()/-]{{0,{max}}}?{last})?";

    public static readonly IReadOnlyList<Column> ApplicantColumns =
    [
        new("natural_person", "自然人"), new("commercial", "商业企业"), new("research", "科研机构"),
        new("social_org", "社会公益组织"), new("legal_service", "法律服务机构"), new("other_org", "其他"), new("total", "总计"),
    ];

    /// <summary>Table 3 rows in printed order. Row keys are below "t3."; the 其他处理 sub-rows exist only in 2021.</summary>
    public static readonly IReadOnlyList<RowSpec> Table3Rows =
    [
        new("new_received", $@"{Ordinal("一")}{Wrapped("本年新收", "数量")}"),
        new("carried_over", $@"{Ordinal("二")}{Wrapped("上年结转", "数量")}"),
        new("result.disclosed", $@"{Ordinal("一")}予以公开"),
        new("result.partially_disclosed", $@"{Ordinal("二")}{Wrapped("部分公开", "情形\\)", 60)}"),
        new("result.withheld.state_secret", $@"{Ordinal("1")}属于国家秘密"),
        new("result.withheld.prohibited_by_law", $@"{Ordinal("2")}其他法律{Wrapped("", "公开", 24)}"),
        new("result.withheld.three_safeties", $@"{Ordinal("3")}危及{Wrapped("", SafetyEnd, 30)}"),
        new("result.withheld.third_party", $@"{Ordinal("4")}保护第三方合法权益"),
        new("result.withheld.internal_affairs", $@"{Ordinal("5")}属于?三类内部事务(?:信息)?"),
        new("result.withheld.process_info", $@"{Ordinal("6")}属于?四类过程性(?:信息)?"),
        new("result.withheld.enforcement_file", $@"{Ordinal("7")}属于?行政执法案卷"),
        new("result.withheld.query_matter", $@"{Ordinal("8")}属于?行政查询事项"),
        new("result.unable.not_held", $@"{Ordinal("1")}{Wrapped("本机关不掌握", "信息")}"),
        new("result.unable.needs_creation", $@"{Ordinal("2")}{Wrapped("没有现成信息", "制作")}"),
        new("result.unable.unclear", $@"{Ordinal("3")}{Wrapped("补正后申请", "不明确")}"),
        new("result.not_processed.petition", $@"{Ordinal("1")}信访举报投诉类?申请"),
        new("result.not_processed.duplicate", $@"{Ordinal("2")}重复申请"),
        new("result.not_processed.publication", $@"{Ordinal("3")}要求提供公开出版物"),
        new("result.not_processed.excessive", $@"{Ordinal("4")}{Wrapped("无正当理由大量", "申请")}"),
        new("result.not_processed.confirmation", $@"{Ordinal("5")}{Wrapped("要求行政机关确认", "信息")}"),
        new("result.other", $@"{Ordinal("六")}其他处理"),
        new("result.other.no_correction", $@"{Ordinal("1")}{Wrapped("申请人无正当理由逾期不补", "公开申请", 60)}"),
        new("result.other.unpaid_fee", $@"{Ordinal("2")}{Wrapped("申请人逾期未按收费", "公开申请", 60)}"),
        new("result.other.other", $@"{Ordinal("3")}其他") { OnlyAfter = ["result.other.no_correction", "result.other.unpaid_fee"] },
        new("result.total", $@"{Ordinal("七")}总计"),
        new("carried_forward", $@"{Ordinal("四")}{Wrapped("结转下年度", "办理")}"),
    ];

    /// <summary>Table 3 rows that add up to (七)总计. 其他处理 counts as itself or as its three sub-rows, whichever the table has.</summary>
    public static readonly IReadOnlyList<string> Table3ResultRows =
    [
        "result.disclosed", "result.partially_disclosed",
        "result.withheld.state_secret", "result.withheld.prohibited_by_law", "result.withheld.three_safeties",
        "result.withheld.third_party", "result.withheld.internal_affairs", "result.withheld.process_info",
        "result.withheld.enforcement_file", "result.withheld.query_matter",
        "result.unable.not_held", "result.unable.needs_creation", "result.unable.unclear",
        "result.not_processed.petition", "result.not_processed.duplicate", "result.not_processed.publication",
        "result.not_processed.excessive", "result.not_processed.confirmation",
    ];

    public static readonly IReadOnlyList<string> Table3OtherSubRows =
        ["result.other.no_correction", "result.other.unpaid_fee", "result.other.other"];

    private static readonly Column[] MadeColumns2019 =
        [new("new_made", "本年新制作数量"), new("new_published", "本年新公开数量"), new("total_published", "对外公开总数量")];

    private static readonly Column[] ItemColumns2019 =
        [new("prev_items", "上一年项目数量"), new("change", "本年增/减"), new("decisions", "处理决定数量")];

    public static readonly IReadOnlyList<RowSpec> Table2Rows2019 =
    [
        new("regulations", "规章", MadeColumns2019),
        new("normative_documents", "(?:行政)?规范性文件", MadeColumns2019),
        new("licensing", "行政许可", ItemColumns2019),
        new("other_services", Wrapped("其他对外管理", "事项"), ItemColumns2019),
        new("punishment", "行政处罚", ItemColumns2019),
        new("coercion", "行政强制", ItemColumns2019),
        new("fees", "行政事业性收费", ItemColumns2019[..2]),
        new("procurement", "政府集中采购", [new("items", "采购项目数量"), new("amount", "采购总金额")]),
    ];

    private static readonly Column[] MadeColumns2021 =
        [new("made", "本年制发件数"), new("repealed", "本年废止件数"), new("in_force", "现行有效件数")];

    private static readonly Column[] Decisions2021 = [new("decisions", "本年处理决定数量")];

    public static readonly IReadOnlyList<RowSpec> Table2Rows2021 =
    [
        new("regulations", "规章", MadeColumns2021),
        new("normative_documents", "(?:行政)?规范性文件", MadeColumns2021),
        new("licensing", "行政许可", Decisions2021),
        new("punishment", "行政处罚", Decisions2021),
        new("coercion", "行政强制", Decisions2021),
        new("fees", "行政事业性收费", [new("amount", "本年收费金额")]),
    ];

    /// <summary>Table 4's three blocks of five, in printed order.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Table4Blocks =
        [("review", "行政复议"), ("litigation_direct", "行政诉讼/未经复议直接起诉"), ("litigation_after_review", "行政诉讼/复议后起诉")];

    public static readonly IReadOnlyList<Column> Table4Columns =
        [new("upheld", "结果维持"), new("corrected", "结果纠正"), new("other", "其他结果"), new("pending", "尚未审结"), new("total", "总计")];
}
