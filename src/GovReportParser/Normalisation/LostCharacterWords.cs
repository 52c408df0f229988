namespace GovReportParser.Normalisation;

/// <summary>
/// Common two-character words of government reports, keyed by the toned pinyin of the first character and the second
/// character. When a lost character's pinyin survives in the debris and the next character completes exactly one of these
/// words, the character can be put back (<c>xiàn</c> + 将 → 现). Pairs that two words share are dropped, so a restoration
/// is never a guess between candidates.
/// </summary>
internal static class LostCharacterWords
{
    private static readonly (string Word, string Pinyin)[] Words =
    [
        ("现将", "xiàn"), ("现就", "xiàn"), ("现在", "xiàn"), ("发布", "fā"), ("发展", "fā"), ("发现", "fā"), ("关于", "guān"),
        ("关注", "guān"), ("进行", "jìn"), ("进一", "jìn"), ("推进", "tuī"), ("领导", "lǐng"), ("负责", "fù"), ("规范", "guī"),
        ("规定", "guī"), ("规划", "guī"), ("重点", "zhòng"), ("重要", "zhòng"), ("严格", "yán"), ("网站", "wǎng"), ("建设", "jiàn"),
        ("建立", "jiàn"), ("学校", "xué"), ("学习", "xué"), ("强化", "qiáng"), ("具体", "jù"), ("监督", "jiān"), ("培训", "péi"),
        ("认真", "rèn"), ("经济", "jīng"), ("维护", "wéi"), ("调整", "tiáo"), ("创新", "chuàng"), ("转发", "zhuǎn"),
        ("优化", "yōu"), ("统一", "tǒng"), ("数据", "shù"), ("全面", "quán"), ("扩大", "kuò"), ("机构", "jī"), ("机制", "jī"),
        ("构建", "gòu"), ("补充", "bǔ"), ("标准", "biāo"), ("政务", "zhèng"), ("政府", "zhèng"), ("政策", "zhèng"),
        ("信息", "xìn"), ("公开", "gōng"), ("工作", "gōng"), ("开展", "kāi"), ("落实", "luò"), ("加强", "jiā"), ("完善", "wán"),
        ("提高", "tí"), ("及时", "jí"), ("主动", "zhǔ"), ("申请", "shēn"), ("办理", "bàn"), ("制度", "zhì"), ("执行", "zhí"),
        ("回应", "huí"), ("解读", "jiě"), ("责任", "zé"), ("择优", "zé"), ("质量", "zhì"), ("导向", "dǎo"), ("内容", "nèi"),
        ("服务", "fú"), ("务实", "wù"), ("应用", "yìng"), ("条例", "tiáo"), ("处理", "chǔ"), ("决策", "jué"), ("单位", "dān"),
    ];

    private static readonly Dictionary<(string Pinyin, char Next), char?> ByPinyinAndNext = Build();

    /// <summary>The lost first character of the one word that <paramref name="pinyin"/> + <paramref name="next"/> make, if any.</summary>
    public static bool TryRestore(string pinyin, char next, out char restored, out string word)
    {
        restored = '\0';
        word = "";
        if (!ByPinyinAndNext.TryGetValue((pinyin, next), out var found) || found is not { } c)
            return false;
        restored = c;
        word = $"{c}{next}";
        return true;
    }

    private static Dictionary<(string, char), char?> Build()
    {
        var table = new Dictionary<(string, char), char?>();
        foreach (var (word, pinyin) in Words)
        {
            var key = (pinyin, word[1]);
            table[key] = table.TryGetValue(key, out var existing) && existing != word[0] ? null : word[0];
        }
        return table;
    }
}
