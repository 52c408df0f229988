using GovReportParser.Extraction.Tables;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

public class Table4HeaderTests
{
    // Made-up compact header shapes: the printed order, a PDF's words in another order, the typo 行政法复议 and a unit note.
    [TestCase("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉", "1")]
    [TestCase("行政法复议结果纠正维持总计其他尚未结审结果合计小计(单位:件)", "12")]
    [TestCase("四、政府信息公开行政复议、行政诉讼情况", "0")]
    public void ValuesStartAtTheFirstCharacterNotOfTheHeader(string header, string values) =>
        Assert.That(Table4Header.Skip(header + values + "00", 0), Is.EqualTo(header.Length));

    [Test]
    public void AWordOutsideTheHeaderStopsTheSkip() =>
        Assert.That(Table4Header.Skip("行政复议说明0", 0), Is.EqualTo("行政复议".Length));
}
