using static GovReportParser.Catalogue.Labels;

namespace GovReportParser.Catalogue;

/// <summary>
/// Table 3, 收到和处理政府信息公开申请情况: one row per stage and result of the year's requests, one column per kind of
/// applicant. The rows, labels and ordinals are the templates' (国办公开办函〔2019〕60号 and 〔2021〕30号); the patterns
/// tolerate what real reports print: optional ordinals, typos, wrapped and spaced labels.
/// </summary>
public static class Table3
{
    public const string Key = "t3";
    public static readonly StandardTable Table = new(Key, "表三", "收到和处理政府信息公开申请情况");

    private const string Organisations = "法人或其他组织";

    public static readonly TableColumn NaturalPerson = new("natural_person", "自然人");
    public static readonly TableColumn Commercial = new("commercial", "商业企业") { Group = Organisations };
    public static readonly TableColumn Research = new("research", "科研机构") { Group = Organisations };
    public static readonly TableColumn SocialOrg = new("social_org", "社会公益组织") { Group = Organisations };
    public static readonly TableColumn LegalService = new("legal_service", "法律服务机构") { Group = Organisations };
    public static readonly TableColumn OtherOrg = new("other_org", "其他") { Group = Organisations };
    public static readonly TableColumn Total = new("total", "总计");

    /// <summary>The applicant columns in printed order; 总计 is last.</summary>
    public static readonly IReadOnlyList<TableColumn> Columns = [NaturalPerson, Commercial, Research, SocialOrg, LegalService, OtherOrg, Total];

    /// <summary>The columns that add up to 总计.</summary>
    public static readonly IReadOnlyList<TableColumn> ApplicantParts = [NaturalPerson, Commercial, Research, SocialOrg, LegalService, OtherOrg];

    /// <summary>The columns in the order checks report them: 总计 first.</summary>
    public static readonly IReadOnlyList<TableColumn> CheckOrder = [Total, .. ApplicantParts];

    public static readonly TableRow NewReceived = new("new_received", "本年新收政府信息公开申请数量")
        { Number = "一", Pattern = [Ordinal("一"), Wrapped("本年新收", "数量")], ShortLabel = "新收申请" };

    public static readonly TableRow CarriedOver = new("carried_over", "上年结转政府信息公开申请数量")
        { Number = "二", Pattern = [Ordinal("二"), Wrapped("上年结转", "数量")] };

    /// <summary>The heading of the result rows; it has no values of its own.</summary>
    public static readonly TableRow Results = new("result", "本年度办理结果") { Number = "三" };

    public static readonly TableRow Disclosed = Result("disclosed", "一", "予以公开");

    public static readonly TableRow PartiallyDisclosed = Result("partially_disclosed", "二", "部分公开（区分处理的，只计这一情形，不计其他情形）")
        with { Pattern = [Ordinal("二"), Wrapped("部分公开", "情形)", 60)] };

    public static readonly TableRow Withheld = Result("withheld", "三", "不予公开");
    public static readonly TableRow StateSecret = Under(Withheld, "state_secret", "1", "属于国家秘密");

    public static readonly TableRow ProhibitedByLaw = Under(Withheld, "prohibited_by_law", "2", "其他法律行政法规禁止公开")
        with { Pattern = [Ordinal("2"), Word("其他法律"), Wrapped(null, [Word("公开")], 24)] };

    public static readonly TableRow ThreeSafeties = Under(Withheld, "three_safeties", "3", "危及“三安全一稳定”")
        with { Pattern = [Ordinal("3"), Word("危及"), Wrapped(null, [Word("稳定"), new LabelPart.OneOf("”\"’'", MayBeMissing: true)], 30)] };

    public static readonly TableRow ThirdParty = Under(Withheld, "third_party", "4", "保护第三方合法权益");

    public static readonly TableRow InternalAffairs = Under(Withheld, "internal_affairs", "5", "属于三类内部事务信息")
        with { Pattern = [Ordinal("5"), WordMaybeShort("属于"), Word("三类内部事务"), Optional(Word("信息"))] };

    public static readonly TableRow ProcessInfo = Under(Withheld, "process_info", "6", "属于四类过程性信息")
        with { Pattern = [Ordinal("6"), WordMaybeShort("属于"), Word("四类过程性"), Optional(Word("信息"))] };

    public static readonly TableRow EnforcementFile = Under(Withheld, "enforcement_file", "7", "属于行政执法案卷")
        with { Pattern = [Ordinal("7"), WordMaybeShort("属于"), Word("行政执法案卷")] };

    public static readonly TableRow QueryMatter = Under(Withheld, "query_matter", "8", "属于行政查询事项")
        with { Pattern = [Ordinal("8"), WordMaybeShort("属于"), Word("行政查询事项")] };

    public static readonly TableRow Unable = Result("unable", "四", "无法提供");

    public static readonly TableRow NotHeld = Under(Unable, "not_held", "1", "本机关不掌握相关政府信息")
        with { Pattern = [Ordinal("1"), Wrapped("本机关不掌握", "信息")] };

    public static readonly TableRow NeedsCreation = Under(Unable, "needs_creation", "2", "没有现成信息需要另行制作")
        with { Pattern = [Ordinal("2"), Wrapped("没有现成信息", "制作")] };

    public static readonly TableRow Unclear = Under(Unable, "unclear", "3", "补正后申请内容仍不明确")
        with { Pattern = [Ordinal("3"), Wrapped("补正后申请", "不明确")] };

    public static readonly TableRow NotProcessed = Result("not_processed", "五", "不予处理");

    public static readonly TableRow Petition = Under(NotProcessed, "petition", "1", "信访举报投诉类申请")
        with { Pattern = [Ordinal("1"), WordMaybeShort("信访举报投诉类"), Word("申请")] };

    public static readonly TableRow Duplicate = Under(NotProcessed, "duplicate", "2", "重复申请");
    public static readonly TableRow Publication = Under(NotProcessed, "publication", "3", "要求提供公开出版物");

    public static readonly TableRow Excessive = Under(NotProcessed, "excessive", "4", "无正当理由大量反复申请")
        with { Pattern = [Ordinal("4"), Wrapped("无正当理由大量", "申请")] };

    public static readonly TableRow Confirmation = Under(NotProcessed, "confirmation", "5", "要求行政机关确认或重新出具已获取信息")
        with { Pattern = [Ordinal("5"), Wrapped("要求行政机关确认", "信息")] };

    /// <summary>(六)其他处理: a row of values in 2019; in 2021 the heading of three sub-rows, yet read in both (a 2021
    /// table may print values beside it).</summary>
    public static readonly TableRow Other = Result("other", "六", "其他处理") with { Templates = Templates.Y2019 };

    public static readonly TableRow NoCorrection = Under(Other, "no_correction", "1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
        with { Templates = Templates.Y2021, Pattern = [Ordinal("1"), Wrapped("申请人无正当理由逾期不补", "公开申请", 60)] };

    public static readonly TableRow UnpaidFee = Under(Other, "unpaid_fee", "2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")
        with { Templates = Templates.Y2021, Pattern = [Ordinal("2"), Wrapped("申请人逾期未按收费", "公开申请", 60)] };

    public static readonly TableRow OtherOther = Under(Other, "other", "3", "其他")
        with { Templates = Templates.Y2021, OnlyAfter = [NoCorrection, UnpaidFee] };

    public static readonly TableRow ResultTotal = Result("total", "七", "总计");

    public static readonly TableRow CarriedForward = new("carried_forward", "结转下年度继续办理")
        { Number = "四", Pattern = [Ordinal("四"), Wrapped("结转下年度", "办理")] };

    /// <summary>The rows with values, in printed order.</summary>
    public static readonly IReadOnlyList<TableRow> Rows =
    [
        NewReceived, CarriedOver, Disclosed, PartiallyDisclosed,
        StateSecret, ProhibitedByLaw, ThreeSafeties, ThirdParty, InternalAffairs, ProcessInfo, EnforcementFile, QueryMatter,
        NotHeld, NeedsCreation, Unclear,
        Petition, Duplicate, Publication, Excessive, Confirmation,
        Other, NoCorrection, UnpaidFee, OtherOther,
        ResultTotal, CarriedForward,
    ];

    /// <summary>The rows numbered 一、…四、 like top headings (三、本年度办理结果 has no values, yet is printed so).</summary>
    public static readonly IReadOnlyList<TableRow> TopRows = [NewReceived, CarriedOver, Results, CarriedForward];

    /// <summary>The result rows numbered （一）…（七） like second-level headings.</summary>
    public static readonly IReadOnlyList<TableRow> ResultRows = [Disclosed, PartiallyDisclosed, Withheld, Unable, NotProcessed, Other, ResultTotal];

    /// <summary>一 + 二 = (七)总计 + 四, per column: the rule the template prints above the table.</summary>
    public static readonly (IReadOnlyList<TableRow> In, IReadOnlyList<TableRow> Out) Balance = ([NewReceived, CarriedOver], [ResultTotal, CarriedForward]);

    /// <summary>The rows that add up to (七)总计 whatever the template; 其他处理 is added as itself or as its sub-rows.</summary>
    public static readonly IReadOnlyList<TableRow> FixedResultRows =
    [
        Disclosed, PartiallyDisclosed,
        StateSecret, ProhibitedByLaw, ThreeSafeties, ThirdParty, InternalAffairs, ProcessInfo, EnforcementFile, QueryMatter,
        NotHeld, NeedsCreation, Unclear,
        Petition, Duplicate, Publication, Excessive, Confirmation,
    ];

    public static readonly IReadOnlyList<TableRow> OtherSubRows = [NoCorrection, UnpaidFee, OtherOther];

    /// <summary>Rule names of the checks on this table.</summary>
    public const string RowSumRule = "t3.row_sum";
    public const string BalanceRule = "t3.balance";
    public const string ResultSumRule = "t3.result_sum";

    /// <summary>
    /// The rows that add up to (七)总计, given the row keys a table has: the fixed result rows plus 其他处理, as its three
    /// 2021 sub-rows when any is present, else as one row. Null when a fixed result row is missing.
    /// </summary>
    public static IReadOnlyList<string>? ResultRowKeys(IEnumerable<string> present)
    {
        var keys = present.ToHashSet();
        var fixedRows = FixedResultRows.Select(r => r.Key).ToList();
        if (!fixedRows.All(keys.Contains))
            return null;
        var subRows = OtherSubRows.Select(r => r.Key).Where(keys.Contains).ToList();
        if (subRows.Count > 0)
            return subRows.Count == OtherSubRows.Count ? [.. fixedRows, .. subRows] : null;
        return keys.Contains(Other.Key) ? [.. fixedRows, Other.Key] : null;
    }

    /// <summary>The metric key of a cell.</summary>
    public static string Cell(TableRow row, TableColumn column) => MetricKey.Of(Key, row.Key, column.Key);

    private static TableRow Result(string key, string number, string label) =>
        new($"{Results.Key}.{key}", label) { Number = number, Style = OrdinalStyle.Parenthesised, Group = Results };

    private static TableRow Under(TableRow group, string key, string number, string label) =>
        new($"{group.Key}.{key}", label) { Number = number, Style = OrdinalStyle.Arabic, Group = group };
}
