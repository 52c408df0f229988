using System.Text.RegularExpressions;
using GovReportParser.Extraction.Figures;
using static GovReportParser.Catalogue.NarrativeMetrics;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// Reads the metrics a narrative sentence states. Two shapes: a count after its topic (收到依申请公开信息五条,
/// 行政复议案件2件, 信息处理费0元) and a denial of the topic (没有…依申请公开, 未发生…行政复议案, 没有…收费 → 0).
/// It asserts only what the words say: approximations (20余件), parts (其中…维持1件) and qualified denials
/// (未按时答复, 未被纠错) state no total and give nothing.
/// </summary>
public static partial class NarrativeMetricReader
{
    private const string ClauseEnds = "，,：:。；;！？!?\n";
    private static readonly string[] CountUnits = ["件", "条", "次", "起", "宗", "份", "例"];
    private static readonly string[] MoneyUnits = ["元", "万元"];

    /// <summary>The topics, most specific first: a clause about 复议/诉讼 or fees never speaks of applications received.</summary>
    [GeneratedRegex("复议")]
    private static partial Regex ReviewTopic();

    [GeneratedRegex("诉讼")]
    private static partial Regex LitigationTopic();

    [GeneratedRegex("收费|费用|处理费|收取")]
    private static partial Regex FeeTopic();

    [GeneratedRegex("申请")]
    private static partial Regex RequestTopic();

    /// <summary>没有…, 未收到…, 无收取…/无行政复议… (not 无偿, 无法, 无人), and for fees also 暂不收费/不收取/免收.</summary>
    [GeneratedRegex("没有|未曾?(收到|接到|接收|受理|发生|出现|产生|有|被|提起|提出|办理|涉及|收取|发现)|无(?=[收申依政行任相此该因有公])|不曾")]
    private static partial Regex Denial();

    [GeneratedRegex("没有|未曾?(收取|发生|产生|有|涉及)|无(?=[收申依政行任相此该因有公])|暂不|不(?=收)|免收")]
    private static partial Regex FeeDenial();

    /// <summary>A topic followed by a denial of it: 行政复议、行政诉讼均为零, 依申请公开申请数为零.</summary>
    [GeneratedRegex("(均|都|皆)(为零|为0|为〇|无|未发生|没有)|为零|为0(?![0-9.])")]
    private static partial Regex TrailingDenial();

    /// <summary>Words that make a denial partial (未按时答复, 未被纠错, 无正当理由) rather than "there were none".</summary>
    [GeneratedRegex("纠错|纠正|败诉|撤销|违法|正当理由|逾期|补正|不予|超期|按时|及时|答复|不再处理|确认")]
    private static partial Regex PartialDenial();

    /// <summary>A count of one outcome or one route, not the total: 维持1件, 直接起诉1件, 复议后起诉, 其中….</summary>
    [GeneratedRegex("维持|纠正|纠错|撤销|驳回|败诉|审结|起诉|结果|其中|结转|答复")]
    private static partial Regex PartialCount();

    [GeneratedRegex("(收到|受理|办理|接到|接收|新收)")]
    private static partial Regex ReceivingVerb();

    [GeneratedRegex("减免")]
    private static partial Regex Waiver();

    /// <summary>
    /// A body named as the subject of a count (区政府办代表区政府受理…申请17件, 某某局收到…): its own share, which may be one
    /// part of what the report's table counts, so it names no table cell. The report's own body (我局, 本委, 我办) and its
    /// whole (全县, 全区) are not named bodies, nor is the 政府 of 政府信息. The endings are the common ones of the bodies
    /// that publish these reports (人民政府, 办公室, 局, 委员会, 厅, 中心), as in agencies' names.
    /// </summary>
    [GeneratedRegex("(?<![我本])(?:政府(?!信息)|办公室|办|局|委员会|委|厅|中心)")]
    private static partial Regex NamedBody();

    /// <summary>The count of applications granted in full, named right before the number (同意公开答复数17条, 予以公开12件).</summary>
    [GeneratedRegex("(同意公开|予以公开)(答复)?(数|件数)?(为|达|共)?$")]
    private static partial Regex DisclosedCount();

    /// <param name="figures">the figures of the text, in text order (as <see cref="FigureReader"/> reads them)</param>
    public static IEnumerable<NarrativeStatement> Read(string text, string folded, IReadOnlyList<FigureMatch> figures)
    {
        var statements = new List<NarrativeStatement>();
        var next = 0; // figures come in text order: each clause takes the next ones, so the reading stays linear
        foreach (var (start, end) in TextSpans.Split(folded, ClauseEnds))
        {
            if (folded.AsSpan(start, end - start).IndexOfAny(DenialMarks) >= 0)
                foreach (var key in DeniedTopics(folded[start..end]))
                    statements.Add(new NarrativeStatement(key, 0, text[start..end].Trim(' ', '，', ',', '。', '；', ';', '：', ':'), null));
            var previousEnd = start;
            for (; next < figures.Count && figures[next].NumberStart < end; next++)
            {
                var figure = figures[next];
                if (figure.NumberStart < start)
                    continue;
                var lead = folded[previousEnd..figure.NumberStart];
                if (CountedTopic(lead, figure) is { } stated)
                    statements.Add(new NarrativeStatement(stated.Key, stated.Value, Evidence(text, start, figure.End), figure));
                previousEnd = figure.End;
            }
        }
        return statements;
    }

    /// <summary>
    /// The clause up to the figure, at most <see cref="MaxEvidenceChars"/> of it: a clause of thousands of figures with no
    /// punctuation would otherwise give each figure a copy of everything before it (memory quadratic in the clause).
    /// </summary>
    private static string Evidence(string text, int clauseStart, int figureEnd) =>
        text[Math.Max(clauseStart, figureEnd - MaxEvidenceChars)..figureEnd].Trim();

    /// <summary>Real clauses are far shorter (the longest evidence in the golden files is about 60 characters).</summary>
    private const int MaxEvidenceChars = 200;

    /// <summary>A character every denial pattern (<see cref="Denial"/>, <see cref="FeeDenial"/>, <see cref="TrailingDenial"/>) contains.</summary>
    private static readonly System.Buffers.SearchValues<char> DenialMarks = System.Buffers.SearchValues.Create("没未无不免零0〇");

    private static IEnumerable<string> DeniedTopics(string clause)
    {
        if (PartialDenial().IsMatch(clause))
            yield break;
        var review = ReviewTopic().Match(clause);
        var litigation = LitigationTopic().Match(clause);
        if (review.Success || litigation.Success)
        {
            if (review.Success && IsDenied(clause, Denial(), ReviewTopic()))
                yield return Reviews;
            if (litigation.Success && IsDenied(clause, Denial(), LitigationTopic()))
                yield return Litigation;
            yield break;
        }
        if (FeeTopic().IsMatch(clause))
        {
            if (IsDenied(clause, FeeDenial(), FeeTopic()))
                yield return FeesCharged;
            yield break;
        }
        if (clause.Contains("公开") && IsDenied(clause, Denial(), RequestTopic()))
            yield return ApplicationsReceived;
    }

    /// <summary>The topic is denied when it follows a denial (未收到…申请, 暂不收费) or is followed by one (…均为零).</summary>
    private static bool IsDenied(string clause, Regex denial, Regex topic)
    {
        // The first denial is the one with the most text after it: if no topic follows it, none follows a later one
        // (and testing each denial would rescan the clause's tail once per denial).
        var d = denial.Match(clause);
        if (d.Success && topic.IsMatch(clause, d.Index))
            return true;
        var first = topic.Match(clause);
        return first.Success && TrailingDenial().IsMatch(clause[first.Index..]);
    }

    private static (string Key, decimal Value)? CountedTopic(string lead, FigureMatch figure)
    {
        if (!figure.Approx && CountUnits.Contains(figure.Unit) && DisclosedCount().IsMatch(lead))
            return (Disclosed, figure.Value); // a result row of table 3, though worded as a part (其中…)
        if (figure.Approx || PartialCount().IsMatch(lead))
            return null;
        if (MoneyUnits.Contains(figure.Unit))
        {
            if (!FeeTopic().IsMatch(lead) || Waiver().IsMatch(lead) && figure.Value != 0)
                return null;
            return (FeesCharged, figure.Unit == "万元" ? figure.Value * 10_000 : figure.Value);
        }
        if (!CountUnits.Contains(figure.Unit))
            return null;
        var review = lead.LastIndexOf("复议", StringComparison.Ordinal);
        var litigation = lead.LastIndexOf("诉讼", StringComparison.Ordinal);
        if (review >= 0 || litigation >= 0)
        {
            var topic = Math.Max(review, litigation);
            return NamedBody().IsMatch(lead.AsSpan(0, topic)) ? null : (review > litigation ? Reviews : Litigation, figure.Value);
        }
        if (FeeTopic().IsMatch(lead))
            return null;
        var verb = ReceivingVerb().Match(lead);
        return verb.Success && lead.IndexOf("申请", verb.Index, StringComparison.Ordinal) >= 0 && !NamedBody().IsMatch(lead.AsSpan(0, verb.Index))
            ? (ApplicationsReceived, figure.Value)
            : null;
    }
}
