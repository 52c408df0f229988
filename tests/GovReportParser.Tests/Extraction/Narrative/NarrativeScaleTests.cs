using System.Text;
using GovReportParser.Tests.Hostile;
using NUnit.Framework;
using static GovReportParser.Catalogue.NarrativeMetrics;

namespace GovReportParser.Tests.Extraction.Narrative;

/// <summary>
/// Narrative reading stays linear in the number of sentences, clauses and figures: 100,000 statements of a count take
/// about a second; a search of every figure per statement (as before) took half a minute for 40,000.
/// </summary>
public class NarrativeScaleTests
{
    private const int Statements = 100_000;

    private static byte[] Report(string statement, int times)
    {
        var text = new StringBuilder("2020年政府信息公开工作年度报告\n");
        for (var i = 0; i < times; i++)
            text.Append(statement);
        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    [TestCase("本年收到依申请公开信息五条。", TestName = "sentences")]
    [TestCase("本年收到依申请公开信息五条，", TestName = "clauses of one sentence")]
    [TestCase("本年收到依申请公开信息五条", TestName = "one clause without punctuation")]
    public void Given_100000_statements_of_a_count_When_parsed_Then_the_count_is_read_in_linear_time_and_memory(string statement)
    {
        var outcome = BoundedParse.Run(Report(statement, Statements), "many.txt");
        Assert.That(outcome.Error, Is.Null);
        Assert.That(outcome.Report!.Metrics[ApplicationsReceived], Is.EqualTo(5m));
        Assert.That(outcome.Report.Figures, Has.Count.EqualTo(Statements));
        Assert.That(outcome.Report.Figures.Count(f => f.Metric == ApplicationsReceived), Is.EqualTo(Statements), "every statement names its figure");
        Assert.That(outcome.AllocatedBytes, Is.LessThan(2048 * BoundedParse.MiB), "no copy of the text per figure");
    }

    [Test]
    public void Given_a_clause_of_100000_denials_without_the_topic_When_parsed_Then_it_ends_quickly_stating_nothing()
    {
        var outcome = BoundedParse.Run(Report("没有公开", Statements), "denials.txt");
        Assert.That(outcome.Report?.Metrics.ContainsKey(ApplicationsReceived) ?? false, Is.False);
    }
}
