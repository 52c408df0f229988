using GovReportParser.Batch;
using GovReportParser.Batch.Parts;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch.Parts;

public class PartFolderTests
{
    [TestCase(3, 12, "03-of-12")]
    [TestCase(12, 12, "12-of-12")]
    [TestCase(1, 3, "1-of-3")]
    [TestCase(7, 100, "007-of-100")]
    public void Given_a_shard_When_named_Then_K_is_padded_to_the_width_of_N_and_the_name_reads_back(int k, int n, string name)
    {
        Assert.That(PartFolder.Name(new Shard(k, n)), Is.EqualTo(name));
        Assert.That(PartFolder.Parse(name), Is.EqualTo(new Shard(k, n)));
    }

    [TestCase("3-of-12")]
    [TestCase("13-of-12")]
    [TestCase("00-of-12")]
    [TestCase("x-of-2")]
    [TestCase(".03-of-12.1234.tmp")]
    public void Given_a_name_no_shard_is_written_under_When_parsed_Then_it_is_no_part(string name) => Assert.That(PartFolder.Parse(name), Is.Null);

    [TestCase("parts/03-of-12/x.json", true)]
    [TestCase("parts/1-of-3", true)]
    [TestCase("parts/x.json", false)]
    [TestCase("a/parts/1-of-3/x.json", false)]
    public void Given_an_output_path_When_checked_Then_only_one_inside_a_part_folder_is_said_to_be(string relative, bool inside) =>
        Assert.That(PartFolder.IsInsideAPart(relative), Is.EqualTo(inside));
}
