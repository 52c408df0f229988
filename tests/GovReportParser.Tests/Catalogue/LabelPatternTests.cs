using System.Text.RegularExpressions;
using GovReportParser.Catalogue;
using NUnit.Framework;

namespace GovReportParser.Tests.Catalogue;

public class LabelPatternTests
{
    private static bool Matches(string text, params LabelPart[] parts) =>
        Regex.IsMatch(text, "^(?:" + LabelPattern.Build(parts) + ")$");

    [TestCase("保护第三方合法权益")]
    [TestCase("保护第三0000000方合法权益")]  // a wrapped label's cell lines around the row's values, joined
    [TestCase("保1.5护第三方合法权益")]
    public void ValuesMaySitBetweenTheHanCharactersOfAWord(string text) =>
        Assert.That(Matches(text, new LabelPart.Word("保护第三方合法权益")), Is.True);

    [Test]
    public void ValuesDoNotSitBetweenWords() =>
        Assert.That(Matches("其他5处理", new LabelPart.Word("其他"), new LabelPart.Word("处理")), Is.False);

    [TestCase("地方", true)]
    [TestCase("的方", true)]
    [TestCase("的地方", false)]
    [TestCase("地0方", false)]
    public void ACharacterClassIsKeptWhole(string text, bool matches)
    {
        var parts = new LabelPart[] { new LabelPart.OneOf("的地"), new LabelPart.Word("方") };
        Assert.That(LabelPattern.Build(parts), Is.EqualTo("[的地]方"));
        Assert.That(Matches(text, parts), Is.EqualTo(matches));
    }

    [Test]
    public void RegexCharactersInWordsAreLiteral()
    {
        Assert.That(Matches("情形)", new LabelPart.Word("情形)")), Is.True);
        Assert.That(Matches("本年增/减", new LabelPart.Word("本年增/减")), Is.True);
        Assert.That(Matches("a.b", new LabelPart.Word("a*b")), Is.False);
    }

    [TestCase("属于三类内部事务", true)]
    [TestCase("属三类内部事务", true)]
    [TestCase("属于三类内部事务信息", true)]
    [TestCase("于三类内部事务", false)]
    public void AnOptionalLastCharacterOrWordMayBeMissing(string text, bool matches) =>
        Assert.That(Matches(text, new LabelPart.Word("属于", LastOptional: true), new LabelPart.Word("三类内部事务"),
            new LabelPart.Optional([new LabelPart.Word("信息")])), Is.EqualTo(matches));

    [TestCase("一、予以公开")]
    [TestCase("(一)予以公开")]
    [TestCase("一.予以公开")]
    [TestCase("予以公开")]
    public void OrdinalsArePrintedOrLeftOut(string text) =>
        Assert.That(Matches(text, new LabelPart.Ordinal("一"), new LabelPart.Word("予以公开")), Is.True);

    [TestCase("本年新收", true)]
    [TestCase("本年新收政府信息公开申请数量", true)]
    [TestCase("本年新收政府信息公开申请数3量", true)]
    [TestCase("本年新收政府信息公开申请", false)]
    public void AWrappedLabelIsItsHeadOrItsWholeLength(string text, bool matches) =>
        Assert.That(Matches(text, new LabelPart.Wrapped([new LabelPart.Word("本年新收")], [new LabelPart.Word("数量")])), Is.EqualTo(matches));

    [Test]
    public void AWrappedLabelsMiddleIsBounded()
    {
        var parts = new LabelPart[] { new LabelPart.Wrapped([new LabelPart.Word("甲")], [new LabelPart.Word("乙")], MaxBetween: 3) };
        Assert.That(Matches("甲一二三乙", parts), Is.True);
        Assert.That(Matches("甲一二三四乙", parts), Is.False);
    }

    [TestCase("“三安全一稳定”")]
    [TestCase("“三安全一稳定\"")]
    [TestCase("“三安全一稳定")]
    public void AnOptionalCharacterClassMayBeMissing(string text) =>
        Assert.That(Matches(text, new LabelPart.Word("“三安全一稳定"), new LabelPart.OneOf("”\"’'", MayBeMissing: true)), Is.True);

    [Test]
    public void ClassMetacharactersAreEscaped() =>
        Assert.That(Matches("-", new LabelPart.OneOf("a-z")) && !Matches("b", new LabelPart.OneOf("a-z")), Is.True);

    [TestCase("甲乙", true)]
    [TestCase("丙丁戊", true)]
    [TestCase("丙丁", false)]
    [TestCase("丙丁己", false)]
    public void OneOfSeveralSequencesAndALookahead(string text, bool matches) =>
        Assert.That(Regex.IsMatch(text, "^(?:" + LabelPattern.Build(new LabelPart.AnyOf(
            [[new LabelPart.Word("甲乙")], [new LabelPart.Word("丙丁"), new LabelPart.FollowedBy([new LabelPart.Word("戊")])]])) + ")"), Is.EqualTo(matches));

    [Test]
    public void ALookaheadIsNotPartOfTheMatch() =>
        Assert.That(LabelPattern.Compile([new LabelPart.Word("丙丁"), new LabelPart.FollowedBy([new LabelPart.Word("戊")])]).Match("丙丁戊").Value,
            Is.EqualTo("丙丁"));
}
