namespace GovReportParser.Extraction.Figures;

/// <summary>
/// The measure words (量词) that make a number a figure, with the words that start the same way but are not a measure
/// (条例, 项目, 一次性, 元旦 …). Durations and positions (年 月 日 号 层 个月 个工作日) are deliberately absent: they
/// date or place something, they do not count it.
/// </summary>
public static class MeasureWords
{
    /// <summary>Unit → what may not follow it. Longer units first, so that 人次 wins over 人 and 万元 over 元.</summary>
    private static readonly (string Unit, string[] NotBefore)[] Units =
    [
        ("个百分点", []),
        ("人次", []), ("场次", []), ("批次", []), ("万元", []), ("亿元", []),
        ("条", ["例", "款", "件", "理", "线"]),
        ("件", ["事"]),
        ("次", ["性", "序", "数", "日", "要"]),
        ("篇", ["章", "幅"]),
        ("期", ["间", "限", "末", "满", "待", "望"]),
        ("个", ["人", "别", "体", "性", "工作日", "月", "小时", "星期", "季度", "学年", "年", "自然日", "多月", "余月"]),
        ("家", ["长", "庭", "属", "园", "乡", "门"]),
        ("项", ["目"]),
        ("份", ["额"]),
        ("场", ["所", "景", "合", "地", "馆"]),
        ("批", ["复", "准", "示", "评"]),
        ("幅", ["度"]),
        ("类", ["别", "似", "型"]),
        ("起", ["草", "诉", "来", "步", "点", "始", "到"]),
        ("名", ["称", "单", "义", "誉", "录"]),
        ("人", ["民", "员", "大", "社", "事", "才", "力", "们"]),
        ("位", ["置", "于"]),
        ("所", ["有", "以", "属", "在", "得", "谓"]),
        ("户", ["口", "籍", "外"]),
        ("宗", ["旨", "教"]),
        ("封", ["闭", "面", "存"]),
        ("张", []),
        ("套", []),
        ("台", ["账", "阶"]),
        ("例", ["如"]),
        ("元", ["旦", "素", "月"]),
    ];

    /// <summary>The unit written at <paramref name="at"/> (after up to two spaces, and 大/小 before 类/项: 6大类, 539小项).</summary>
    public static bool TryMatch(string folded, int at, out string unit, out int end)
    {
        unit = "";
        end = at;
        var k = Numbers.NumberScanner.SkipSpaces(folded, at);
        if (k + 1 < folded.Length && folded[k] is '大' or '小' && folded[k + 1] is '类' or '项')
            k++;
        if (k >= folded.Length)
            return false;
        foreach (var (candidate, notBefore) in Units)
        {
            if (folded[k] != candidate[0] || string.CompareOrdinal(folded, k, candidate, 0, candidate.Length) != 0)
                continue;
            var after = k + candidate.Length;
            foreach (var word in notBefore)
                if (string.CompareOrdinal(folded, after, word, 0, word.Length) == 0)
                    return false;
            unit = candidate;
            end = after;
            return true;
        }
        return false;
    }
}
