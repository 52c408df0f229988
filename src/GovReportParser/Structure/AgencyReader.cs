using System.Text.RegularExpressions;

namespace GovReportParser.Structure;

/// <summary>
/// Recognises the publishing body and its region from the ways reports name them: a name line, the name before the
/// year in a title (a place alone, 某某市2022年…, names the place's government), the body that compiled the report
/// (本报告由某某市人民政府办公室…编制; 汇总某某区各有关单位…) or whose title a first sentence opens with, and the body a
/// report calls 我局/本局/我办 when it is named on a line of its own (a signature).
/// </summary>
public static partial class AgencyReader
{
    // Suffixes of Chinese organisation names (机关, 事业单位 and the development zones' 管委会), per the naming rules of
    // the 《党政机关公文格式》 signature block and common zone names.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()·]{2,30}(局|厅|委|委员会|办|办公室|政府|中心|院|室|部|处|署|会|馆|所|站|队|集团|公司|学校|大学|管委会|实验区|新区|开发区|示范区|街道|镇|乡)$")]
    private static partial Regex OrganisationName();

    [GeneratedRegex(@"^(?<agency>.{2,30}?)([0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年")]
    private static partial Regex AgencyBeforeYear();

    // A title without a year names its body before the subject (某某镇人民政府政府信息公开工作年度报告).
    [GeneratedRegex(@"^(?<agency>.{2,30}?)(?:政府信息公开|政务公开|信息公开)")]
    private static partial Regex AgencyBeforeSubject();

    /// <summary>
    /// The levels of place a name starts with (某某省某某市某某区), then a town or township (镇, 乡) where the name of one
    /// stands last or before its government (某某县某某镇人民政府). Elsewhere 乡 and 镇 are words of a subject, as are
    /// 城乡, 城镇 and 乡镇 anywhere (住房和城乡建设局, 城镇化, 乡镇企业: the words that end in them in departments' names).
    /// </summary>
    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:省|自治区|特别行政区|自治州|市|州|盟|地区|自治县|县|区|旗))*(?:[\p{IsCJKUnifiedIdeographs}]{1,8}?(?<![城乡])[镇乡](?=人民政府|$))?")]
    private static partial Regex RegionPrefix();

    // 本报告由某某市人民政府办公室根据…编制; 由某某市发展和改革委员会编制
    [GeneratedRegex(@"由(?<org>[\p{IsCJKUnifiedIdeographs}（）()]{2,30}?)(?:根据|依据|按照|依照|负责|汇总|编制|编写|起草)")]
    private static partial Regex CompiledBy();

    // 汇总某某区各有关单位政府信息公开工作情况编制而成: the report of the place whose units it sums up
    [GeneratedRegex(@"汇总(?<org>[\p{IsCJKUnifiedIdeographs}]{2,20}?)(?:各有关单位|各有关部门|各部门|各单位|各级|所属|下属)")]
    private static partial Regex SummedUp();

    // 某某局2019年政府信息公开工作年度报告根据…编制: a first sentence that opens with the report's own title
    [GeneratedRegex(@"^(?<org>[\p{IsCJKUnifiedIdeographs}（）()]{2,30}?)[0-9]{4}\s*年度?(?:政府信息公开|政务公开|信息公开)")]
    private static partial Regex OpensWithTitle();

    /// <summary>The self-references of the first sentences, with the name endings they stand for.</summary>
    private static readonly (string Pronoun, string[] Endings)[] SelfReferences =
    [
        ("我局", ["局"]), ("本局", ["局"]), ("我办", ["办", "办公室"]), ("本办", ["办", "办公室"]), ("我委", ["委", "委员会"]),
        ("本委", ["委", "委员会"]), ("我厅", ["厅"]), ("本厅", ["厅"]),
    ];

    /// <summary>The offices that compile a body's report for it (某某市人民政府办公室 for 某某市人民政府).</summary>
    private static readonly string[] CompilingOffices = ["办公室", "办公厅"];

    /// <summary>True for a line that is only an organisation's name (孝感市教育局, 淮安市人民政府).</summary>
    public static bool IsOrganisationLine(string text)
    {
        var t = text.Trim();
        return t.Length <= 30 && OrganisationName().IsMatch(t);
    }

    /// <summary>True for a name that is only a place (某某市, 某某市某某区), the way a government's report names itself.</summary>
    public static bool IsPlaceName(string text) => text.Length > 0 && RegionPrefix().Match(text).Length == text.Length;

    /// <summary>
    /// The body named before the year in a title (宣城市教体局2023年度… → 宣城市教体局; 某某市2022年… → 某某市), or, in a
    /// title without a year, before its subject (某某镇人民政府政府信息公开… → 某某镇人民政府); else null.
    /// </summary>
    public static string? FromTitle(string title)
    {
        var m = AgencyBeforeYear().Match(title);
        if (!m.Success)
            m = AgencyBeforeSubject().Match(title);
        var name = m.Groups["agency"].Value;
        return m.Success && (IsOrganisationLine(name) || IsPlaceName(name)) ? name : null;
    }

    /// <summary>
    /// The body the first sentences name as the report's: the one that compiled it (its office stands for it) or the place
    /// whose units it sums up. A name cut short (区管委会, 市教育局: the place left out) is not taken.
    /// </summary>
    public static string? FromSentences(IEnumerable<string> sentences)
    {
        foreach (var text in sentences)
        {
            if (CompiledBy().Match(text) is { Success: true } compiled && Named(WithoutCompilingOffice(compiled.Groups["org"].Value)) is { } by)
                return by;
            if (SummedUp().Match(text) is { Success: true } summed && Named(summed.Groups["org"].Value) is { } place)
                return place;
            if (OpensWithTitle().Match(TitleText.Clean(text)) is { Success: true } opening && Named(opening.Groups["org"].Value) is { } named)
                return named;
        }
        return null;
    }

    /// <summary>
    /// The body a report calls 我局/本局/我办 in <paramref name="sentences"/>, when exactly one name line of
    /// <paramref name="nameLines"/> has the matching ending; else null.
    /// </summary>
    public static string? ResolveSelfReference(IEnumerable<string> sentences, IEnumerable<string> nameLines)
    {
        var endings = sentences.SelectMany(s => SelfReferences.Where(r => s.Contains(r.Pronoun, StringComparison.Ordinal)))
            .SelectMany(r => r.Endings).ToHashSet();
        if (endings.Count == 0)
            return null;
        var names = nameLines.Select(TitleText.Clean).Where(n => IsOrganisationLine(n) && !IsCutShort(n)
            && endings.Any(e => n.EndsWith(e, StringComparison.Ordinal))).Distinct().ToArray();
        return names.Length == 1 ? names[0] : null;
    }

    /// <summary>The administrative region an agency's name starts with (淮安市洪泽区人民政府 → 淮安市洪泽区), or null.</summary>
    public static string? Region(string? agency)
    {
        if (string.IsNullOrEmpty(agency))
            return null;
        var m = RegionPrefix().Match(agency);
        return m.Length > 0 ? m.Value : null;
    }

    private static string? Named(string name) =>
        (IsOrganisationLine(name) || IsPlaceName(name)) && !IsCutShort(name) && !TitleFinder.IsSentence(name) ? name : null;

    /// <summary>
    /// A name that starts with the level of a place instead of its name (区管委会, 市教育局, 县政府), or with a word that
    /// points at one (全市, 我县, 本区, 该局).
    /// </summary>
    private static bool IsCutShort(string name) => name[0] is '省' or '市' or '区' or '县' or '州' or '镇' or '乡' or '本' or '我' or '全' or '该';

    private static string WithoutCompilingOffice(string name)
    {
        foreach (var office in CompilingOffices)
            if (name.EndsWith(office, StringComparison.Ordinal) && name[..^office.Length] is var body && IsOrganisationLine(body))
                return body;
        return name;
    }
}
