namespace GovReportParser.Structure;

/// <summary>
/// Tells the table template from its labels: 国办公开办函〔2021〕30号 has 本年制发件数 / 本年废止件数 / 现行有效件数 and the
/// three 其他处理 sub-rows; 〔2019〕60号 has 本年新制作数量 / 对外公开总数量 and 政府集中采购. No standard labels: narrative.
/// </summary>
public static class TemplateClassifier
{
    private static readonly string[] Labels2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "本年收费金额", "本年处理决定数量"];
    private static readonly string[] Labels2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "政府集中采购", "上一年项目数量"];

    public static string Classify(IEnumerable<string> texts)
    {
        int score2021 = 0, score2019 = 0;
        foreach (var text in texts)
        {
            var t = text.Replace(" ", "");
            score2021 += Labels2021.Count(t.Contains);
            score2019 += Labels2019.Count(t.Contains);
        }
        if (Math.Max(score2021, score2019) < 2) // one label may be prose (政府集中采购); a table repeats them
            return "narrative";
        return score2021 >= score2019 ? "2021" : "2019";
    }
}
