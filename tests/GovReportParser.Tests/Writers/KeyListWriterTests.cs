using System.Text.Json;
using GovReportParser.Catalogue;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Writers;

public class KeyListWriterTests
{
    [Test]
    public void TsvHasAHeaderAndOneLinePerKeyWithEveryColumn()
    {
        var lines = KeyListWriter.Tsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0].Split('\t'), Is.EqualTo(KeyListWriter.Columns));
        Assert.That(lines.Skip(1).Select(l => l.Split('\t')[0]), Is.EqualTo(MetricCatalogue.All.Select(m => m.Key)));
        Assert.That(lines.Skip(1).Select(l => l.Split('\t').Length), Is.All.EqualTo(KeyListWriter.Columns.Count));
    }

    [Test]
    public void TsvStatesTheLabelsUnitAndTemplatesOfACell()
    {
        var line = KeyListWriter.Tsv().Split('\n').Single(l => l.StartsWith("t3.result.withheld.state_secret.commercial\t", StringComparison.Ordinal));
        Assert.That(line.Split('\t'), Is.EqualTo(new[]
        {
            "t3.result.withheld.state_secret.commercial", "t3", "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密",
            "法人或其他组织/商业企业", "件", "integer", "2019,2021", "table",
        }));
    }

    [Test]
    public void JsonHoldsTheSameRowsAsTsv()
    {
        using var json = JsonDocument.Parse(KeyListWriter.Json());
        var fromJson = json.RootElement.EnumerateArray()
            .Select(e => string.Join('\t', KeyListWriter.Columns.Select(c => e.GetProperty(c).GetString())));
        Assert.That(fromJson, Is.EqualTo(KeyListWriter.Tsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)));
    }

    [Test]
    public void MarkdownListsEveryKeyOnce()
    {
        var md = KeyListWriter.Markdown();
        foreach (var metric in MetricCatalogue.All)
            Assert.That(md.Split($"| `{metric.Key}` |").Length, Is.EqualTo(2), metric.Key);
    }

    [Test]
    public void AnUnknownFormatIsRefused() =>
        Assert.That(() => KeyListWriter.Render("xml"), Throws.ArgumentException.With.Message.Contains("xml"));
}
