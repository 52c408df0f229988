using System.Text.RegularExpressions;
using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// Reads the report's metadata: title (joined with an agency line written just above it), agency, region, the year the
/// report covers (from the title, else the statistics period), the published date, the template and the site block.
/// </summary>
public static partial class MetadataExtractor
{
    [GeneratedRegex(@"(?<y>\d{4}|[〇零○一二三四五六七八九]{4})\s*年")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"统计(?:期限|时限|时间|区间|周期|范围)?[^。]{0,20}?(?<y>\d{4})\s*年")]
    private static partial Regex StatisticsPeriodYear();

    private static readonly string[] PublishedKeys = ["发布日期", "发文日期", "成文日期", "PubDate"];
    private static readonly string[] AgencyKeys = ["发布机构", "发文机关", "发布单位", "信息来源", "来源"];

    public static ReportMetadata Extract(Document document, IReadOnlyList<Block> preamble, IReadOnlyDictionary<string, string> site,
        IEnumerable<Block> body)
    {
        var found = TitleFinder.Find(preamble);
        string? title = found?.Title, agency = null;
        if (found is not null)
        {
            var above = found.AgencyBefore ?? PreviousTextBlock(preamble, found.Index, -1);
            var below = found.AgencyBefore is null ? PreviousTextBlock(preamble, found.Index, +1) : null;
            if (above is not null && AgencyReader.IsOrganisationLine(above) && !title!.StartsWith(Squeeze(above), StringComparison.Ordinal))
            {
                agency = Squeeze(above);
                title = agency + title;
            }
            else if (above is not null && AgencyReader.IsOrganisationLine(above))
                agency = Squeeze(above);
            else if (below is not null && AgencyReader.IsOrganisationLine(below))
                agency = Squeeze(below);
            agency ??= AgencyReader.FromTitle(title!);
        }
        title ??= document.TitleHint is { } hint ? TitleFinder.AsTitle(hint) : null;
        if (agency is null && title is not null)
            agency = AgencyReader.FromTitle(title);
        agency ??= AgencyKeys.Select(k => site.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var bodyList = body as IReadOnlyList<Block> ?? body.ToArray();
        return new ReportMetadata
        {
            Title = title,
            Agency = agency,
            Region = AgencyReader.Region(agency),
            Year = YearOf(title) ?? StatisticsYear(preamble.Concat(bodyList.Take(5))),
            Published = PublishedKeys.Select(k => site.GetValueOrDefault(k)).Where(v => v is not null).Select(v => DateReader.FindIso(v!)).FirstOrDefault(v => v is not null)
                        ?? DateLine(preamble) ?? DateLine(bodyList.TakeLast(4).ToArray()),
            Template = TemplateDetector.Detect(document) ?? TemplateNames.Narrative,
            Script = document.Script,
            Site = site,
        };
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"[\s\u3000]+", "");

    private static string? PreviousTextBlock(IReadOnlyList<Block> blocks, int index, int step)
    {
        var i = index + step;
        while (i >= 0 && i < blocks.Count && blocks[i].Kind is BlockKind.Metadata or BlockKind.Furniture)
            i += step;
        return i >= 0 && i < blocks.Count ? blocks[i].Text : null;
    }

    private static int? YearOf(string? title)
    {
        if (title is null || YearInTitle().Match(title) is not { Success: true } m)
            return null;
        return ChineseNumerals.DigitString(m.Groups["y"].ValueSpan) is { } y and >= 1990 and <= 2100 ? y : null;
    }

    private static int? StatisticsYear(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
            if (StatisticsPeriodYear().Match(b.Text) is { Success: true } m)
                return int.Parse(m.Groups["y"].ValueSpan);
        return null;
    }

    private static string? DateLine(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => b.Kind is not (BlockKind.Table or BlockKind.Furniture) && DateReader.IsDateLine(b.Text))
              .Select(b => DateReader.FindIso(b.Text)).FirstOrDefault(d => d is not null);
}
