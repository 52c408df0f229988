using GovReportParser.Normalisation;
using NUnit.Framework;

namespace GovReportParser.Tests.Normalisation;

public class AgencyIdentityTests
{
    [TestCase("青山县人民政府", "青山县")]
    [TestCase("青山县政府", "青山县")]
    [TestCase("青 山 县 人民政府", "青山县")]
    [TestCase("青山縣人民政府", "青山县")]
    [TestCase("白鹭湾新区管理委员会", "白鹭湾新区")]
    [TestCase("白鹭湾新区管委会", "白鹭湾新区")]
    [TestCase("白鹭湾新区", "白鹭湾新区")]
    [TestCase("ＡＢ市教育局", "AB市教育局")]
    [TestCase("青山县人民政府办公室", "青山县人民政府办公室")]
    public void Given_a_name_as_a_report_writes_it_When_keyed_Then_spelling_variants_share_one_key(string agency, string key) =>
        Assert.That(AgencyIdentity.Key(agency), Is.EqualTo(key));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Given_no_agency_When_keyed_Then_there_is_no_identity(string? agency) =>
        Assert.That(AgencyIdentity.Key(agency), Is.Null);

    [Test]
    public void Given_a_word_ending_in_zhengfu_that_is_not_a_division_When_keyed_Then_it_is_kept() =>
        Assert.That(AgencyIdentity.Key("数字政府"), Is.EqualTo("数字政府"));
}
