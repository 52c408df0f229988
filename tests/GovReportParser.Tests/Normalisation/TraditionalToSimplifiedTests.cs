using GovReportParser.Normalisation;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class TraditionalToSimplifiedTests
{
    private static readonly TraditionalToSimplified Converter = TraditionalToSimplified.Default;

    /// <summary>
    /// The samples in traditional script (opencc -c s2t.json), re-mixed past 1 MB with every dictionary key, against what
    /// opencc -c t2s.json 1.1.6 made of them (see TestData/Normalisation/make-t2s-fixture.py).
    /// </summary>
    [Test]
    public void Output_is_identical_to_opencc_t2s_on_the_megabyte_fixture()
    {
        var input = File.ReadAllText(RepoPaths.TestData("Normalisation/t2s-input.txt"));
        var expected = File.ReadAllText(RepoPaths.TestData("Normalisation/t2s-opencc.txt"));
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(input), Is.GreaterThanOrEqualTo(1_000_000));

        var actual = Converter.Convert(input);

        var firstDifference = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i], -1);
        Assert.That(firstDifference, Is.EqualTo(-1),
            () => $"differs at {firstDifference}: opencc '{Around(expected, firstDifference)}', ours '{Around(actual, firstDifference)}'");
        Assert.That(actual, Has.Length.EqualTo(expected.Length));
    }

    [TestCase("頭髮乾燥後，他們發現這裡著名的…於是乎，台灣", "头发干燥后，他们发现这里著名的…于是乎，台湾")]
    [TestCase("乾隆皇帝 乾燥 乾坤", "乾隆皇帝 干燥 乾坤")]
    public void Phrases_win_over_characters_as_in_opencc(string traditional, string simplified) =>
        Assert.That(Converter.Convert(traditional), Is.EqualTo(simplified));

    [Test]
    public void Characters_outside_the_dictionaries_are_copied_including_astral_ones()
    {
        const string text = "ABC 123 ，。𠀀𪚥";
        Assert.That(Converter.Convert(text), Is.SameAs(text));
    }

    [Test]
    public void Simplified_sample_text_is_left_as_it_is()
    {
        var text = File.ReadAllText(RepoPaths.SampleTxt("003"));
        Assert.That(Converter.Convert(text), Is.EqualTo(text));
    }

    [TestCase('發', true)]
    [TestCase('機', true)]
    [TestCase('发', false)]
    [TestCase('阪', false)]
    public void Knows_traditional_only_characters(char c, bool traditionalOnly) =>
        Assert.That(Converter.IsTraditionalOnly(c), Is.EqualTo(traditionalOnly));

    private static string Around(string s, int i) => i < 0 ? "" : s.Substring(Math.Max(0, i - 10), Math.Min(20, s.Length - Math.Max(0, i - 10)));
}
