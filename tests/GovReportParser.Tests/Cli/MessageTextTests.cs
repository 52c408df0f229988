using GovReportParser.Cli;
using NUnit.Framework;

namespace GovReportParser.Tests.Cli;

public class MessageTextTests
{
    [TestCase("plain/名字.txt", "plain/名字.txt")]
    [TestCase("a\nb", @"a\nb")]
    [TestCase("a\rb\tc", @"a\rb\tc")]
    [TestCase("\u001b[31mred", @"\x1b[31mred")]
    [TestCase("x\\..\\y", @"x\\..\\y")]
    [TestCase("a\u2028b\u202Ec", @"a\u2028b\u202ec")]
    [TestCase("del\u007f", @"del\x7f")]
    public void Given_text_from_outside_When_escaped_Then_it_is_one_line_without_control_characters(string text, string escaped) =>
        Assert.That(MessageText.Escape(text), Is.EqualTo(escaped));

    [Test]
    public void Given_a_file_and_reason_When_a_failure_line_is_made_Then_both_are_escaped() =>
        Assert.That(GovReportCli.FailureLine("a\nb.txt", "bad\u001b"), Is.EqualTo(@"error: a\nb.txt: bad\x1b"));

    [Test]
    public void Given_workflow_command_characters_When_an_annotation_is_made_Then_properties_and_message_are_escaped() =>
        Assert.That(GitHubAnnotations.Format("error", "a,b:c%\n.txt", 12, "50%\r\n::warning::x"),
            Is.EqualTo("::error file=a%2Cb%3Ac%25%0A.txt,line=12::50%25%0D%0A::warning::x"));

    [Test]
    public void Given_no_line_When_an_annotation_is_made_Then_it_has_no_line_property() =>
        Assert.That(GitHubAnnotations.Format("warning", "r.txt", null, "m"), Is.EqualTo("::warning file=r.txt::m"));
}
