using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>Recognises the publishing body and its region from the ways reports name them.</summary>
public static partial class AgencyReader
{
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()·]{2,30}(局|厅|委|委员会|办|办公室|政府|中心|院|室|部|处|署|会|馆|所|站|队|集团|公司|学校|大学|管委会|实验区|新区|开发区|示范区|街道|镇|乡)$")]
    private static partial Regex OrganisationName();

    [GeneratedRegex(@"^(?<agency>.{2,30}?)(\d{4}|[〇零○一二三四五六七八九]{4})\s*年")]
    private static partial Regex AgencyBeforeYear();

    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:省|自治区|特别行政区|自治州|市|州|盟|地区|自治县|县|区|旗))+")]
    private static partial Regex RegionPrefix();

    /// <summary>True for a line that is only an organisation's name (孝感市教育局, 淮安市人民政府).</summary>
    public static bool IsOrganisationLine(string text)
    {
        var t = text.Trim();
        return t.Length <= 30 && OrganisationName().IsMatch(t);
    }

    /// <summary>The body named before the year in a title (宣城市教体局2023年度… → 宣城市教体局), or null.</summary>
    public static string? FromTitle(string title)
    {
        var m = AgencyBeforeYear().Match(title);
        return m.Success && IsOrganisationLine(m.Groups["agency"].Value) ? m.Groups["agency"].Value : null;
    }

    /// <summary>The administrative region an agency's name starts with (淮安市洪泽区人民政府 → 淮安市洪泽区), or null.</summary>
    public static string? Region(string? agency)
    {
        if (string.IsNullOrEmpty(agency))
            return null;
        var m = RegionPrefix().Match(agency);
        return m.Success ? m.Value : null;
    }
}
