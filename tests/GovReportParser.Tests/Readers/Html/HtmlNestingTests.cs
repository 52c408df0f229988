using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovReportParser.Readers;
using GovReportParser.Readers.Html;
using GovReportParser.Tests.Hostile;
using NUnit.Framework;

namespace GovReportParser.Tests.Readers.Html;

/// <summary>
/// Deeply nested pages read in linear time with bounded recursion: elements past <see cref="NestingLimit.MaxDepth"/> are
/// flattened before the tree is built (100,000 nested divs cost the tree builder minutes otherwise), their text kept.
/// </summary>
public class HtmlNestingTests
{
    private const string Statement = "本年收到依申请公开信息五条。";

    private static string Nested(string tag, int depth, string inner = Statement) => HostileHtml.Nested(tag, depth, inner);

    [Test]
    public void Given_100000_nested_divs_When_parsed_Then_the_text_is_read_in_linear_time()
    {
        var report = BoundedParse.Parsed(Encoding.UTF8.GetBytes(Nested("div", 100_000)), "deep.html");
        Assert.That(report.Metrics["t3.new_received.total"], Is.EqualTo(5m));
    }

    [TestCase("div")]
    [TestCase("span")]
    [TestCase("b")]
    [TestCase("font")]
    [TestCase("a")]
    [TestCase("table")]
    [TestCase("ul")]
    [TestCase("section")]
    [TestCase("blockquote")]
    [TestCase("em")]
    public void Given_10000_deep_nesting_of_an_element_When_parsed_Then_it_reads_the_text(string tag)
    {
        var report = BoundedParse.Parsed(Encoding.UTF8.GetBytes(Nested(tag, 10_000)), $"deep-{tag}.html");
        Assert.That(report.Metrics["t3.new_received.total"], Is.EqualTo(5m), tag);
    }

    [Test]
    public void Given_100000_nested_divs_When_limited_Then_the_tree_is_no_deeper_than_the_limit()
    {
        var page = new HtmlParser().ParseDocument(NestingLimit.Limit(Nested("div", 100_000)));
        Assert.That(MaxDepth(page.DocumentElement), Is.InRange(NestingLimit.MaxDepth, NestingLimit.MaxDepth + 4));
        Assert.That(page.Body!.TextContent, Does.Contain(Statement));
    }

    [Test]
    public void Given_a_deep_page_with_markup_in_scripts_comments_and_attributes_When_limited_Then_only_tags_past_the_limit_go()
    {
        var decoys = "<script>var s = '<div><div><div>';</script><!-- <div><div> --><p title=\"a > <div>\">x</p>";
        var limited = NestingLimit.Limit(Nested("div", NestingLimit.MaxDepth + 10, decoys + Statement));
        Assert.That(limited, Does.Contain(decoys), "markup inside scripts, comments and attribute values is text");
        var page = new HtmlParser().ParseDocument(limited);
        Assert.That(page.QuerySelectorAll("div"), Has.Length.EqualTo(NestingLimit.MaxDepth));
    }

    [Test]
    public void Given_the_sample_pages_When_limited_Then_they_are_unchanged()
    {
        foreach (var page in Directory.GetFiles(Path.Combine(TestSupport.RepoPaths.Samples, "html"), "*.html")
                     .Concat(Directory.GetFiles(TestSupport.RepoPaths.TestData("Html"), "*.html")))
        {
            var text = HtmlCharset.Decode(File.ReadAllBytes(page)).Text;
            Assert.That(NestingLimit.Limit(text), Is.SameAs(text), page);
        }
    }

    private static int MaxDepth(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Element.Children)
                pending.Push((child, item.Depth + 1));
        }
        return deepest;
    }
}
