using GovReportParser.Catalogue;

namespace GovReportParser.Model;

/// <summary>What structure found out about the report as a whole.</summary>
public sealed record ReportMetadata
{
    public string? Title { get; init; }
    public string? Agency { get; init; }
    public string? Region { get; init; }
    public int? Year { get; init; }
    public string Template { get; init; } = TemplateNames.Narrative;
    public string? Published { get; init; }
    public string Script { get; init; } = "simplified";

    /// <summary>The site metadata block (索引号, 发布机构, 发文日期 …) as key → value, in source order.</summary>
    public IReadOnlyDictionary<string, string> Site { get; init; } = new Dictionary<string, string>();
}
