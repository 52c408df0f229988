namespace GovReportParser.Catalogue;

/// <summary>What a cell counts: a number of things, or an amount of money.</summary>
public enum MetricType
{
    Count,
    Amount,
}

/// <summary>A column of a standard table: its metric key suffix, its label as printed and the header group above it
/// (法人或其他组织 over 商业企业), its unit and its type.</summary>
public sealed record TableColumn(string Key, string Label)
{
    public string? Group { get; init; }
    public string Unit { get; init; } = Units.Piece;
    public MetricType Type { get; init; } = MetricType.Count;

    /// <summary>The label with its header group ("法人或其他组织/商业企业").</summary>
    public string PrintedLabel => Group is null ? Label : $"{Group}/{Label}";
}

/// <summary>The units the templates count in.</summary>
public static class Units
{
    /// <summary>件: applications, documents, decisions, cases.</summary>
    public const string Piece = "件";
    /// <summary>个: items (项目) of a list.</summary>
    public const string Item = "个";
    public const string TenThousandYuan = "万元";
    public const string Yuan = "元";
}
