using GovReportParser.Catalogue;
using GovReportParser.Extraction.Figures;
using GovReportParser.Extraction.Narrative;
using GovReportParser.Extraction.Numbers;
using NUnit.Framework;
using static GovReportParser.Catalogue.NarrativeMetrics;

namespace GovReportParser.Tests.Extraction.Narrative;

public class NarrativeMetricReaderTests
{
    /// <summary>The catalogue's narrative keys are not constants; test cases name them.</summary>
    private static string KeyNamed(string name) => (string)typeof(NarrativeMetrics).GetField(name)!.GetValue(null)!;

    private static Dictionary<string, decimal> Read(string sentence)
    {
        var folded = TextFold.Fold(sentence);
        var statements = NarrativeMetricReader.Read(sentence, folded, FigureReader.Read(sentence, folded));
        return statements.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First().Value);
    }

    // counts after their topic, from the samples (s) and the corpus (c)
    [TestCase("政府信息依申请公开情况：今年我局收到依申请公开信息五条，全部按时回复及公开。", nameof(ApplicationsReceived), 5)]          // s003
    [TestCase("2023年度,我局办理依申请公开本部门政府信息3件,我局已依据相关规定、按程序要求办理完结", nameof(ApplicationsReceived), 3)]    // s004
    [TestCase("2012年全县共收到有关政府信息公开的申请21条，其中当面申请数18条，电子邮件申请数3条；", nameof(ApplicationsReceived), 21)]   // c005
    [TestCase("2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复", nameof(ApplicationsReceived), 75)] // c008
    [TestCase("2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。", nameof(Litigation), 1)]              // c008
    [TestCase("2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。", nameof(Reviews), 2)]                 // c008
    [TestCase("对依申请公开的答复总数21条，其中同意公开答复数17条，其它公开答复数2条，免于公开答复数2条；", nameof(Disclosed), 17)] // c005
    // the report's own body (我办, 本委) and its whole (全县) are no named bodies, nor is the 政府 of 政府信息 (made up)
    [TestCase("我办全年受理政府信息公开申请14件，均按时答复。", nameof(ApplicationsReceived), 14)]
    [TestCase("本委共收到政府信息公开申请6件。", nameof(ApplicationsReceived), 6)]
    [TestCase("全年发生政府信息公开行政复议 35 件，其中结果维持 20 件。", nameof(Reviews), 35)]
    [TestCase("本年度收取信息处理费 0 元。", nameof(FeesCharged), 0)]                                                                   // c003 (PDF)
    [TestCase("本年度共收取信息处理费1.2万元。", nameof(FeesCharged), 12000)]
    // denials: "there were none" → 0
    [TestCase("2019年没有公民、法人或其他组织要求办理依申请公开事项。", nameof(ApplicationsReceived), 0)]                               // s000
    [TestCase("今年，我局未收到申请公开信息要求。", nameof(ApplicationsReceived), 0)]                                                   // s001
    [TestCase("没有政府信息依申请公开情况。", nameof(ApplicationsReceived), 0)]                                                         // s002
    [TestCase("三、政府信息依申请公开工作情况 2016年全区未收到有关政府信息公开申请。", nameof(ApplicationsReceived), 0)]                // c006
    [TestCase("2019年，我局未发生针对本部门有关政府信息公开事务的行政复议案；", nameof(Reviews), 0)]                                    // s000
    [TestCase("未发生针对本部门有关政府信息公开事务的行政诉讼案；", nameof(Litigation), 0)]                                             // s000
    [TestCase("也未接到有关政府信息公开方面的复议、诉讼和申诉。", nameof(Reviews), 0)]                                                 // s001
    [TestCase("也未接到有关政府信息公开方面的复议、诉讼和申诉。", nameof(Litigation), 0)]                                              // s001
    [TestCase("没有因政府信息公开申请行政复议和提起行政诉讼情况。", nameof(Litigation), 0)]                                            // s002
    [TestCase("2016年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。", nameof(Reviews), 0)]                                   // c006
    [TestCase("本年度行政复议、行政诉讼均为零。", nameof(Litigation), 0)]
    [TestCase("本年度依申请公开申请数为零。", nameof(ApplicationsReceived), 0)]
    [TestCase("没有政府信息公开收费及减免金额，历年累计金额。", nameof(FeesCharged), 0)]                                                // s001
    [TestCase("没有因依申请公开信息收取或减免费用情况。", nameof(FeesCharged), 0)]                                                     // s002
    [TestCase("全部在规定时限内予以答复,没有收取涉及依申请公开的相关费用。", nameof(FeesCharged), 0)]                                  // s004
    [TestCase("2016年我区各级工作部门依申请提供政府信息暂不收费。", nameof(FeesCharged), 0)]                                          // c006
    [TestCase("2022年，无收取信息处理费情况。", nameof(FeesCharged), 0)]                                                               // c008
    public void ReadsWhatTheSentenceStates(string sentence, string keyName, decimal value) =>
        Assert.That(Read(sentence), Does.ContainKey(KeyNamed(keyName)).WithValue(value));

    // sentences that mention a topic but state no total of it
    [TestCase("未收到有关政府信息公开行政复议申请。", nameof(ApplicationsReceived))]                   // c005: about reviews, not applications
    [TestCase("没有因依申请公开信息收取或减免费用情况。", nameof(ApplicationsReceived))]              // s002: about fees
    [TestCase("受理网上咨询、建议和投诉 259 余件，均全部在规定期限内答复办结", nameof(ApplicationsReceived))] // s001: not applications
    [TestCase("收到政府信息公开申请20余件。", nameof(ApplicationsReceived))]                           // an approximation is no count
    [TestCase("本报告由概述、政府信息依申请公开办理情况、因政府信息公开申请行政复议、提起行政诉讼的情况 6 个部分组成。", nameof(Litigation))] // s001
    [TestCase("未收到申请的，不予处理；申请人无正当理由逾期不补正的，不再处理其政府信息公开申请", nameof(ApplicationsReceived))]
    [TestCase("本机关未被行政复议纠错。", nameof(Reviews))]
    [TestCase("依申请公开的政府信息无偿提供。", nameof(ApplicationsReceived))]
    [TestCase("对未公开的政府信息，公民可依申请公开。", nameof(ApplicationsReceived))]
    [TestCase("行政复议结果维持1件。", nameof(Reviews))]
    [TestCase("行政复议纠错率为零。", nameof(Reviews))]
    [TestCase("通过设立免费查询点、电子查阅屏、现场发放资料等多种形式对相关教育政策进行宣传。", nameof(FeesCharged))] // s001
    [TestCase("没有发生因为信息公开问题被服务对象投诉的现象。", nameof(ApplicationsReceived))]          // s001
    // a named body's own count, perhaps one part of what the report's table counts (made up)
    [TestCase("2023年，县政府办公室代为受理政府信息公开申请12件，均已答复。", nameof(ApplicationsReceived))]
    [TestCase("其中，某某中心收到政府信息公开申请8件。", nameof(ApplicationsReceived))]
    [TestCase("市交通运输局办理政府信息公开行政复议案件3件。", nameof(Reviews))]
    public void StatesNothingItDoesNotSay(string sentence, string keyName) =>
        Assert.That(Read(sentence), Does.Not.ContainKey(KeyNamed(keyName)));
}
