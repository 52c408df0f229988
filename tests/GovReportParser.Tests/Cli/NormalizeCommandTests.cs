using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class NormalizeCommandTests
{
    [Test]
    public void Given_sample_001_When_normalised_Then_the_sentence_broken_by_a_page_break_is_whole_and_spacing_closed()
    {
        var run = CliRun.Of("normalize", RepoPaths.SampleTxt("001_"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Out.Split('\n');
        Assert.That(lines, Has.Some.Contains("截止12月底，市教育局主动公开政府信息近3000条。"));
        Assert.That(lines, Has.Some.EqualTo("孝感市教育局2018年政府信息公开工作年度报告"));
        Assert.That(lines, Has.None.EndsWith("市教育局主"));
    }

    [Test]
    public void Given_sample_004_in_traditional_script_When_normalised_Then_it_is_simplified_and_lost_characters_are_warned()
    {
        var run = CliRun.Of("normalize", RepoPaths.SampleTxt("004_"));
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out, Does.Contain("发布机构 宣城市教育体育局 发文日期 2023-12-15 10:06"));
        Assert.That(run.Out, Does.Contain("现将单位本年度政务公开工作总结如下"));
        Assert.That(run.Out, Does.Not.Contain("(fā)"));
        Assert.That(run.Error, Does.Contain(":9: lost-character:"));
    }

    [Test]
    public void Given_an_empty_file_When_normalised_Then_one_line_names_it_and_exit_is_1()
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", []);
        var run = CliRun.Of("normalize", path);
        Assert.That((run.ExitCode, run.Error.Trim()), Is.EqualTo((1, $"error: {path}: empty file")));
    }
}
