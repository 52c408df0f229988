using System.Text;

namespace GovReportParser.Normalisation;

/// <summary>
/// The agency a report speaks for, as a key that stays the same from year to year and from format to format however the
/// name is written. <see cref="ReportKey"/> (report_key) and the panel's grouping both key agencies by it:
/// <list type="number">
/// <item>script and width folded (traditional → simplified, full-width → half-width), whitespace and middle dots removed;</item>
/// <item>the body's form of government dropped at the end: 人民政府, or 政府 after a division (市政府 = 市人民政府),
/// 管理委员会 and its short form 管委会 (平潭综合实验区管委会 = 平潭综合实验区);</item>
/// <item>a name written with its higher division in front (淮安市洪泽区) is the same body as the short name (洪泽区)
/// when the batch holds exactly one such longer name for it: a rule over a batch, applied by the panel's grouping only
/// (<c>Panel/PanelGroups</c>), never by a single report's key.</item>
/// </list>
/// </summary>
public static class AgencyIdentity
{
    // The forms of government the 政府信息公开 reports name themselves by (county and city governments, the
    // management committees of development zones); longest first so that 人民政府 wins over 政府.
    private static readonly string[] GovernmentSuffixes = ["人民政府", "管理委员会", "管委会"];

    /// <summary>Characters that end an administrative division's name (省 市 区 县 …): 政府 after one is the government.</summary>
    internal const string DivisionEnds = "省市区县旗镇乡州盟";

    /// <summary>Characters that end a higher division written in front of a lower one (淮安市 in 淮安市洪泽区).</summary>
    internal const string HigherDivisionEnds = "省市州盟";

    /// <summary>The identity key, or null when the report names no agency.</summary>
    public static string? Key(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
            return null;
        var folded = TraditionalToSimplified.Default.Convert(FullWidthNormaliser.Apply(agency));
        var compact = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c) && c is not ('·' or '•' or '・'))
                compact.Append(c);
        var name = compact.ToString();
        foreach (var suffix in GovernmentSuffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        if (name.Length > 3 && name.EndsWith("政府", StringComparison.Ordinal) && DivisionEnds.Contains(name[^3]))
            return name[..^2];
        return name.Length == 0 ? null : name;
    }
}
