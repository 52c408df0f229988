using static GovReportParser.Catalogue.Labels;

namespace GovReportParser.Catalogue;

/// <summary>
/// Table 2, 主动公开政府信息情况: rows per kind of information (第二十条 of the regulations), columns that differ between
/// the 2019 and the 2021 template.
/// </summary>
public static class Table2
{
    public const string Key = "t2";
    public static readonly StandardTable Table = new(Key, "表二", "主动公开政府信息情况");

    private static readonly TableColumn[] Made2019 =
        [new("new_made", "本年新制作数量"), new("new_published", "本年新公开数量"), new("total_published", "对外公开总数量")];

    private static readonly TableColumn[] Items2019 =
    [
        new("prev_items", "上一年项目数量") { Unit = Units.Item }, new("change", "本年增/减") { Unit = Units.Item },
        new("decisions", "处理决定数量"),
    ];

    private static readonly TableColumn[] Made2021 =
        [new("made", "本年制发件数"), new("repealed", "本年废止件数"), new("in_force", "现行有效件数")];

    private static readonly TableColumn[] Decisions2021 = [new("decisions", "本年处理决定数量")];

    /// <summary>The column labels that follow 信息内容 in the header, which tell a table 2 from a quotation of 第二十条.</summary>
    public static readonly IReadOnlyList<string> FirstColumnLabels = [Made2019[0].Label, Made2021[0].Label];

    /// <summary>The heading cell of the rows' column.</summary>
    public const string RowHeading = "信息内容";

    /// <summary>What every article item heading opens with (第二十条第（一）项 …).</summary>
    private const string ArticleItem = "第二十条第";

    private const string ItemEnd = "项";

    /// <summary>The start of any article item heading: where one of table 2's sub-tables begins.</summary>
    public static readonly IReadOnlyList<LabelPart> ItemStart = [Word(ArticleItem)];

    /// <summary>第二十条第（一）项 etc.: the article item each group of rows discloses.</summary>
    private static TableRow Item(string number) => new("", $"{ArticleItem}（{number}）{ItemEnd}")
        { Pattern = [Word(ArticleItem), Ordinal(number), Word(ItemEnd)] };

    public static readonly TableRow Regulations = new("regulations", "规章")
        { Group = Item("一"), Columns2019 = Made2019, Columns2021 = Made2021 };

    public static readonly TableRow NormativeDocuments = new("normative_documents", "规范性文件")
    {
        Group = Item("一"), Label2021 = "行政规范性文件", Columns2019 = Made2019, Columns2021 = Made2021,
        Pattern = [Optional(Word("行政")), Word("规范性文件")],
    };

    public static readonly TableRow Licensing = new("licensing", "行政许可")
        { Group = Item("五"), Columns2019 = Items2019, Columns2021 = Decisions2021 };

    public static readonly TableRow OtherServices = new("other_services", "其他对外管理服务事项")
        { Group = Item("五"), Templates = Templates.Y2019, Columns2019 = Items2019, Pattern = [Wrapped("其他对外管理", "事项")] };

    public static readonly TableRow Punishment = new("punishment", "行政处罚")
        { Group = Item("六"), Columns2019 = Items2019, Columns2021 = Decisions2021 };

    public static readonly TableRow Coercion = new("coercion", "行政强制")
        { Group = Item("六"), Columns2019 = Items2019, Columns2021 = Decisions2021 };

    public static readonly TableRow Fees = new("fees", "行政事业性收费")
    {
        Group = Item("八"), Columns2019 = Items2019[..2],
        Columns2021 = [new("amount", "本年收费金额") { Unit = Units.TenThousandYuan, Type = MetricType.Amount }],
    };

    public static readonly TableRow Procurement = new("procurement", "政府集中采购")
    {
        Group = Item("九"), Templates = Templates.Y2019,
        Columns2019 = [new("items", "采购项目数量") { Unit = Units.Item }, new("amount", "采购总金额") { Unit = Units.TenThousandYuan, Type = MetricType.Amount }],
    };

    /// <summary>
    /// Where table 2 begins: at its first article item (第二十条第（一）项), or at its row heading 信息内容 followed by either
    /// template's first column.
    /// </summary>
    public static readonly IReadOnlyList<LabelPart> Start =
    [
        AnyOf(Regulations.Group!.PatternParts,
            [Word(RowHeading), FollowedBy(AnyOf([.. FirstColumnLabels.Select(label => (IReadOnlyList<LabelPart>)[Word(label)])]))]),
    ];

    /// <summary>The rows in printed order, both templates; a row's <see cref="TableRow.Templates"/> says where it is printed.</summary>
    public static readonly IReadOnlyList<TableRow> Rows = [Regulations, NormativeDocuments, Licensing, OtherServices, Punishment, Coercion, Fees, Procurement];

    /// <summary>The rows one template prints, in order.</summary>
    public static IReadOnlyList<TableRow> RowsIn(Templates template) => Rows.Where(r => r.Templates.HasFlag(template)).ToList();
}
