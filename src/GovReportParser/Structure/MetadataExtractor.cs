using System.Text.RegularExpressions;
using GovReportParser.Catalogue;
using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// Reads the report's metadata: title (joined with an agency line written just above it), agency (from the title and
/// its neighbours, the site block, the first sentences), region, the year the report covers (from the title, else what
/// the first sentences state), the published date (a site key, the same key anywhere in the text, else a dateline), the
/// template and the site block.
/// </summary>
public static partial class MetadataExtractor
{
    [GeneratedRegex(@"(?<y>[0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年")]
    private static partial Regex YearInTitle();

    /// <summary>
    /// Where reports state the year they cover when the title does not, strongest first: the statistics period
    /// (本报告中所列数据统计期限为2019年1月1日…), a period the report covers (内容涵盖2022年1月1日至12月31日), the
    /// sentence that introduces it (现将我局2020年度政府信息公开工作报告如下), a paragraph opening on the year (2019年，我局…).
    /// </summary>
    private static readonly Regex[] YearStatements = [StatisticsPeriodYear(), CoveredPeriodYear(), IntroducedReportYear(), OpeningYear()];

    [GeneratedRegex(@"统计(?:期限|时限|时间|区间|周期|范围)?[^。]{0,20}?(?<y>[0-9]{4})\s*年")]
    private static partial Regex StatisticsPeriodYear();

    [GeneratedRegex(@"(?:涵盖|覆盖|包括|时限为|期限为|时间为|自|从)\s*(?<y>[0-9]{4})\s*年\s*1\s*月\s*1\s*日")]
    private static partial Regex CoveredPeriodYear();

    [GeneratedRegex(@"现将[^。]{0,20}?(?<y>[0-9]{4})\s*年度?[^。]{0,30}?报告")]
    private static partial Regex IntroducedReportYear();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*年度?[，,]")]
    private static partial Regex OpeningYear();

    /// <summary>The published-date keys of site blocks, strongest first; the text is searched for the same keys too.</summary>
    private static readonly string[] PublishedKeys = ["发布日期", "发布时间", "发文日期", "成文日期", "PubDate"];

    // 发布时间：2011-03-25 wherever it stands (来源：某某局 发布时间：2011-03-25 浏览次数：12); a bare 时间： only in a page's
    // info bar after 来源 (来源：某某县人民政府 时间：2022-01-15 09:30), where it is the time the page was published.
    [GeneratedRegex(@"(?:发布日期|发布时间|发文日期|成文日期|来源[:：][^:：\n]{1,40}?[\s\u3000]时间)[\s:：]*(?<date>[0-9]{4}\s*[年\-/.]\s*[0-9]{1,2}\s*[月\-/.]\s*[0-9]{1,2})")]
    private static partial Regex KeyedDate();

    private static readonly string[] AgencyKeys = ["发布机构", "发文机关", "发布单位", "信息来源", "来源"];

    /// <summary>How many text blocks from the start are read as the report's first sentences.</summary>
    private const int FirstSentenceBlocks = 5;

    /// <summary>How many blocks at the end may hold a signature and a dateline.</summary>
    private const int ClosingBlocks = 4;

    public static ReportMetadata Extract(Document document, IReadOnlyList<Block> preamble, IReadOnlyDictionary<string, string> site,
        IEnumerable<Block> body)
    {
        var bodyList = body as IReadOnlyList<Block> ?? body.ToArray();
        var opening = preamble.Concat(bodyList.Take(FirstSentenceBlocks))
            .Where(b => b.Kind is BlockKind.Line or BlockKind.Paragraph).ToArray();
        var closing = bodyList.TakeLast(ClosingBlocks).ToArray();
        var (title, agency) = TitleAndAgency(document, preamble);
        agency ??= AgencyKeys.Select(k => site.GetValueOrDefault(k)).Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => TitleText.Clean(v!)).FirstOrDefault(v => AgencyReader.IsOrganisationLine(v) || AgencyReader.IsPlaceName(v));
        var sentences = opening.Take(FirstSentenceBlocks).Select(b => b.Text).ToArray();
        agency ??= AgencyReader.FromSentences(sentences);
        agency ??= AgencyReader.ResolveSelfReference(sentences, preamble.Concat(closing).Where(b => b.Kind is BlockKind.Line or BlockKind.Paragraph).Select(b => b.Text));

        return new ReportMetadata
        {
            Title = title,
            Agency = agency,
            Region = AgencyReader.Region(agency),
            Year = YearOf(title) ?? StatedYear(opening),
            Published = PublishedKeys.Select(k => site.GetValueOrDefault(k)).Where(v => v is not null).Select(v => DateReader.FindIso(v!)).FirstOrDefault(v => v is not null)
                        ?? KeyedDateIn(preamble.Concat(document.Blocks.Where(b => b.Kind is BlockKind.Furniture)).Concat(closing))
                        ?? DateLine(preamble) ?? DateLine(closing),
            Template = TemplateDetector.Detect(document) ?? TemplateNames.Narrative,
            Script = document.Script,
            Site = site,
        };
    }

    /// <summary>The title (joined with an agency line written just above it) and the agency it or its neighbours name.</summary>
    private static (string? Title, string? Agency) TitleAndAgency(Document document, IReadOnlyList<Block> preamble)
    {
        var found = TitleFinder.Find(preamble);
        string? title = found?.Title, agency = null;
        if (found is { InSentence: false })
        {
            var above = found.AgencyBefore ?? PreviousTextBlock(preamble, found.Index, -1);
            var below = found.AgencyBefore is null ? PreviousTextBlock(preamble, found.Index, +1) : null;
            if (above is not null && AgencyReader.IsOrganisationLine(above) && !title!.StartsWith(above, StringComparison.Ordinal))
            {
                agency = above;
                title = agency + title;
            }
            else if (above is not null && AgencyReader.IsOrganisationLine(above))
                agency = above;
            else if (below is not null && AgencyReader.IsOrganisationLine(below))
                agency = below;
        }
        title ??= document.TitleHint is { } hint ? TitleFinder.AsHintedTitle(hint) : null;
        if (title is not null)
            agency ??= AgencyReader.FromTitle(title);
        return (title, agency);
    }

    /// <summary>The nearest text block before (step -1) or after (+1) the index, cleaned as a name line, or null.</summary>
    private static string? PreviousTextBlock(IReadOnlyList<Block> blocks, int index, int step)
    {
        var i = index + step;
        while (i >= 0 && i < blocks.Count && blocks[i].Kind is BlockKind.Metadata or BlockKind.Furniture)
            i += step;
        return i >= 0 && i < blocks.Count ? TitleText.Clean(blocks[i].Text) : null;
    }

    private static int? YearOf(string? title)
    {
        if (title is null || YearInTitle().Match(title) is not { Success: true } m)
            return null;
        return ChineseNumerals.DigitString(m.Groups["y"].ValueSpan) is { } y and >= 1990 and <= 2100 ? y : null;
    }

    private static int? StatedYear(IReadOnlyList<Block> blocks)
    {
        foreach (var statement in YearStatements)
            foreach (var b in blocks)
                if (statement.Match(b.Text) is { Success: true } m && ChineseNumerals.DigitString(m.Groups["y"].ValueSpan) is { } y and >= 1990 and <= 2100)
                    return y;
        return null;
    }

    private static string? KeyedDateIn(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
            if (KeyedDate().Match(b.Text) is { Success: true } m && DateReader.FindIso(m.Groups["date"].Value + "日") is { } iso)
                return iso;
        return null;
    }

    private static string? DateLine(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => b.Kind is not (BlockKind.Table or BlockKind.Furniture) && DateReader.IsDateLine(b.Text))
              .Select(b => DateReader.FindIso(b.Text)).FirstOrDefault(d => d is not null);
}
