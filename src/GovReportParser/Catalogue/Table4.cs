using static GovReportParser.Catalogue.Labels;

namespace GovReportParser.Catalogue;

/// <summary>A block of table 4 (行政复议, and 行政诉讼 as 未经复议直接起诉 and 复议后起诉): five columns of results.</summary>
public sealed record Table4Block(string Key, string Label)
{
    /// <summary>The header above the block's label (行政诉讼), if any.</summary>
    public string? Group { get; init; }

    public string PrintedLabel => Group is null ? Label : $"{Group}/{Label}";
}

/// <summary>
/// Table 4, 政府信息公开行政复议、行政诉讼情况: one row of fifteen values under a two-level header, three blocks of five
/// results, each 总计 the sum of the four before it.
/// </summary>
public static class Table4
{
    public const string Key = "t4";
    public static readonly StandardTable Table = new(Key, "表四", "政府信息公开行政复议、行政诉讼情况");

    /// <summary>The label the single row of values is reported under (metric_sources' row).</summary>
    public const string ValuesRowLabel = "行政复议、行政诉讼";

    /// <summary>The header over the two litigation blocks.</summary>
    public const string Litigation = "行政诉讼";

    public static readonly Table4Block Review = new("review", "行政复议");
    public static readonly Table4Block LitigationDirect = new("litigation_direct", "未经复议直接起诉") { Group = Litigation };
    public static readonly Table4Block LitigationAfterReview = new("litigation_after_review", "复议后起诉") { Group = Litigation };

    /// <summary>Where table 4 begins after table 3: 行政复议, its title's and its header's first word (行政法复议 is a typo
    /// seen in published reports).</summary>
    public static readonly IReadOnlyList<LabelPart> Start = [Word("行政"), MaybeOneOf("法"), Word("复议")];

    /// <summary>Table 4's title from 行政复议 on (行政复议、行政诉讼情况): the only safe start without a table 3 before it,
    /// since narratives mention 行政复议 freely.</summary>
    public static readonly IReadOnlyList<LabelPart> TitleFromStart = [.. Start, MaybeOneOf("、,"), Word(Litigation + "情况")];

    /// <summary>What is printed around the labels in table 4's header, besides them: the section's number 四, 法 of the
    /// typo 行政法复议, 合计 and 小计, 单位:件 and its brackets (compacted, so full-width brackets and colon are folded).</summary>
    public const string PrintedAroundLabels = "四法合小件单位:()";

    /// <summary>The blocks in printed order.</summary>
    public static readonly IReadOnlyList<Table4Block> Blocks = [Review, LitigationDirect, LitigationAfterReview];

    public static readonly TableColumn Upheld = new("upheld", "结果维持");
    public static readonly TableColumn Corrected = new("corrected", "结果纠正");
    public static readonly TableColumn OtherResult = new("other", "其他结果");
    public static readonly TableColumn Pending = new("pending", "尚未审结");
    public static readonly TableColumn Total = new("total", "总计");

    /// <summary>A block's columns in printed order; 总计 is last.</summary>
    public static readonly IReadOnlyList<TableColumn> Columns = [Upheld, Corrected, OtherResult, Pending, Total];

    /// <summary>The columns that add up to a block's 总计.</summary>
    public static readonly IReadOnlyList<TableColumn> SumParts = [Upheld, Corrected, OtherResult, Pending];

    /// <summary>Rule name of the check that each block's 总计 is the sum of its parts.</summary>
    public const string SumRule = "t4.sum";

    /// <summary>The fifteen cells of the row of values in printed order, keyed below "t4." ("review.upheld").</summary>
    public static readonly IReadOnlyList<TableColumn> Cells =
        [.. Blocks.SelectMany(b => Columns.Select(c => c with { Key = $"{b.Key}.{c.Key}", Label = $"{b.PrintedLabel}/{c.Label}" }))];

    public static string Cell(Table4Block block, TableColumn column) => MetricKey.Of(Key, block.Key, column.Key);

    /// <summary>t4.litigation.total: 行政诉讼 in all, the two litigation blocks' totals added; stated by tables or by the
    /// narrative of reports without tables.</summary>
    public static readonly string LitigationTotal = MetricKey.Of(Key, "litigation", Total.Key);

    /// <summary>The column label the litigation total is reported under ("行政诉讼/总计").</summary>
    public static readonly string LitigationTotalLabel = $"{Litigation}/{Total.Label}";

    /// <summary>How the key list describes the litigation total.</summary>
    public static string LitigationTotalRowLabel => $"{Litigation}合计（{LitigationDirect.Label} + {LitigationAfterReview.Label}）";

    /// <summary>The blocks whose totals make <see cref="LitigationTotal"/>.</summary>
    public static readonly IReadOnlyList<Table4Block> LitigationBlocks = [LitigationDirect, LitigationAfterReview];
}
