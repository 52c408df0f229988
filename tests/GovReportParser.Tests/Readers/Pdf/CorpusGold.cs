using System.Globalization;
using System.Text.Json;
using GovReportParser.Model;

namespace GovReportParser.Tests.Readers.Pdf;

/// <summary>
/// Reads a gold file's metrics and checks them against the grids of a read PDF: each standard row is found by a fragment of
/// its label, and its trailing number cells must be the gold values in the template's column order.
/// </summary>
internal static class CorpusGold
{
    public static Dictionary<string, decimal> Metrics(string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        return json.RootElement.GetProperty("metrics").EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => p.Value.GetDecimal());
    }

    public static readonly string[] ApplicantColumns = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"];

    /// <summary>Table 3 rows: a label fragment (matched against the row's label cells joined) and the key stem.</summary>
    public static readonly (string Fragment, string Stem)[] Table3Rows =
    [
        ("本年新收", "t3.new_received"), ("上年结转", "t3.carried_over"), ("予以公开", "t3.result.disclosed"),
        ("部分公开", "t3.result.partially_disclosed"), ("国家秘密", "t3.result.withheld.state_secret"),
        ("其他法律行政", "t3.result.withheld.prohibited_by_law"), ("三安全一稳定", "t3.result.withheld.three_safeties"),
        ("第三方合法权益", "t3.result.withheld.third_party"), ("内部事务", "t3.result.withheld.internal_affairs"),
        ("过程性信息", "t3.result.withheld.process_info"), ("行政执法案卷", "t3.result.withheld.enforcement_file"),
        ("行政查询事项", "t3.result.withheld.query_matter"), ("不掌握", "t3.result.unable.not_held"),
        ("另行制作", "t3.result.unable.needs_creation"), ("仍不明确", "t3.result.unable.unclear"),
        ("信访举报", "t3.result.not_processed.petition"), ("重复申请", "t3.result.not_processed.duplicate"),
        ("公开出版物", "t3.result.not_processed.publication"), ("大量反复", "t3.result.not_processed.excessive"),
        ("确认或重新出具", "t3.result.not_processed.confirmation"), ("逾期不补正", "t3.result.other.no_correction"),
        ("缴纳费用", "t3.result.other.unpaid_fee"), ("3、其他", "t3.result.other.other"), ("总计", "t3.result.total"),
        ("结转下年度", "t3.carried_forward"),
    ];

    public static readonly (string Label, string Stem, string[] Columns)[] Table2Rows =
    [
        ("规章", "t2.regulations", ["made", "repealed", "in_force"]),
        ("行政规范性文件", "t2.normative_documents", ["made", "repealed", "in_force"]),
        ("行政许可", "t2.licensing", ["decisions"]), ("行政处罚", "t2.punishment", ["decisions"]),
        ("行政强制", "t2.coercion", ["decisions"]), ("行政事业性收费", "t2.fees", ["amount"]),
    ];

    public static bool IsNumber(string cell) => decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    public static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static string Label(IReadOnlyList<string> row) => string.Concat(row.Where(c => !IsNumber(c)));

    public static decimal[] Values(IReadOnlyList<string> row) => row.Where(IsNumber).Select(Number).ToArray();

    public static Block TableWith(Document doc, string text) => doc.Blocks.Single(b => b.Kind == BlockKind.Table && b.Text.Contains(text));
}
