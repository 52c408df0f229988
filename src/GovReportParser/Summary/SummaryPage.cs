using GovReportParser.Panel;

// The namespace is plural (the folder is Summary/): a namespace GovReportParser.Summary would hide every type named
// Summary (BenchmarkDotNet's among them) from code in GovReportParser.* namespaces.
namespace GovReportParser.Summaries;

/// <summary>
/// The batch summary: one self-contained HTML page (inline CSS and SVG, no script, no external file) with the status
/// counts, years × templates, failed checks by rule, table coverage, and the panel findings with charts per agency.
/// Pure: the same folder and findings give the same bytes. Long lists are cut at fixed lengths, saying how many rows
/// the CSV files hold beyond them, so that the page stays small for a batch of any size.
/// </summary>
public static class SummaryPage
{
    public const string FileName = "summary.html";

    public static string Render(BatchFolder folder, IReadOnlyList<PanelFinding> findings)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Element("title", $"批量解析概览 · {folder.Reports.Count + folder.Failed.Count} 份")
            .Open("style").Raw(SummaryStyle.Css).Close("style")
            .Raw("</head>\n<body>\n");
        html.Element("h1", "政府信息公开年报 · 批量解析概览");
        html.Element("p", "Batch summary: what came in, what failed, which cells are stated, and how agencies moved over the years.", ("class", "lead"));
        html.Open("nav")
            .Element("a", "状态 Status", ("href", "#status")).Element("a", "年份×模板 Years", ("href", "#years"))
            .Element("a", "未通过的检查 Failed checks", ("href", "#checks")).Element("a", "表三表四覆盖 Coverage", ("href", "#coverage"))
            .Element("a", "跨年检查 Panel", ("href", "#panel"))
            .Close("nav");
        StatusSection.Write(html, folder);
        YearTemplateSection.Write(html, folder.Reports);
        FailedChecksSection.Write(html, folder.Reports);
        CoverageSection.Write(html, folder.Reports);
        PanelSection.Write(html, folder.Reports, findings);
        html.Raw("</body>\n</html>\n");
        return html.ToString();
    }
}
