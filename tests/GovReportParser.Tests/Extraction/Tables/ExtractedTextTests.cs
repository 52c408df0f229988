using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Extraction.Tables;

/// <summary>
/// The three agency PDFs of the shared corpus as other tools extract their text (pdftotext with and without -layout,
/// pypdf), through the whole pipeline: no table metric is ever stated wrong, tables 2 and 3 are read whole from every
/// extractor, and table 4 wherever its values can be placed for certain (001's comes out of pdftotext with its blocks
/// interleaved, and one reading order alone holds; pypdf's digits split three ways, and the narrative's 行政诉讼 figures
/// settle them). Where they cannot, the reason is the text's: 002's table 4, as published, has totals that differ from
/// their parts, so only a layout that keeps the row on one line places them.
/// </summary>
public class ExtractedTextTests
{
    private static readonly string[] Sets = ["pdftotext", "pdftotext-layout", "pypdf"];
    private static readonly string[] Ids = ["001", "002", "003"];

    public static IEnumerable<TestCaseData> Cases() =>
        Sets.SelectMany(set => Ids.Select(id => new TestCaseData(set, id).SetName($"{set}/{id}")));

    [TestCaseSource(nameof(Cases))]
    public void TableMetricsAgreeWithGold(string set, string id)
    {
        var path = SharedCorpus.File($"corpus/extracted/{set}/{id}.txt");
        var gold = TableRun.GoldTableMetrics(SharedCorpus.File($"corpus/extracted/gold/{id}.json"));
        var metrics = ReportParser.Default.Parse(path).Metrics;
        foreach (var (key, value) in gold)
        {
            if (metrics.TryGetValue(key, out var got))
                Assert.That(got, Is.EqualTo(value), key);
            else
                Assert.That(MayBeUnstated(set, id, key), Is.True, $"{key} unstated");
        }
    }

    private static bool MayBeUnstated(string set, string id, string key) =>
        key.StartsWith("t4.", StringComparison.Ordinal) && (set, id) is ("pdftotext", "002") or ("pypdf", "002");
}
