namespace GovReportParser.Checks;

/// <summary>Table 3's column keys, total first: the order checks report them in.</summary>
internal static class Table3Columns
{
    public static readonly IReadOnlyList<string> Keys =
        ["total", "natural_person", "commercial", "research", "social_org", "legal_service", "other_org"];
}
