using System.Text;
using GovReportParser.Batch;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

public class OutputNamingTests
{
    [Test]
    public void Given_unique_stems_When_named_Then_each_output_takes_the_stem()
    {
        var names = OutputNaming.JsonPaths(["a/x.txt", "a/y.pdf", "b/x.html"]);
        Assert.That(names.Values, Is.EqualTo(new[] { "a/x.json", "a/y.json", "b/x.json" }));
    }

    [Test]
    public void Given_x_txt_x_pdf_and_x_txt_html_When_named_Then_all_three_outputs_differ()
    {
        var names = OutputNaming.JsonPaths(["x.pdf", "x.txt", "x.txt.html"]);
        Assert.That(names["x.pdf"], Is.EqualTo("x.pdf.json"));
        Assert.That(names["x.txt"], Is.EqualTo("x.txt.json"));
        Assert.That(names["x.txt.html"], Is.EqualTo("x.txt.html.json"));
    }

    [Test]
    public void Given_an_output_that_would_be_a_folder_of_another_input_When_named_Then_the_file_keeps_its_extension()
    {
        var names = OutputNaming.JsonPaths(["a.json/r.txt", "a.txt"]);
        Assert.That(names["a.txt"], Is.EqualTo("a.txt.json"));
        Assert.That(names["a.json/r.txt"], Is.EqualTo("a.json/r.json"));
    }

    [Test]
    public void Given_names_too_long_with_their_extension_When_named_Then_they_are_shortened_distinctly_within_NAME_MAX()
    {
        var stem = new string('表', 83); // 249 bytes
        var names = OutputNaming.JsonPaths([stem + ".pdf", stem + ".txt"]);
        Assert.That(names.Values.Distinct().Count(), Is.EqualTo(2));
        Assert.That(names.Values.Select(n => Encoding.UTF8.GetByteCount(n)), Is.All.LessThanOrEqualTo(AtomicFile.MaxNameBytes));
    }

    [Test]
    public void Given_any_slice_of_inputs_with_clashes_When_named_for_the_slice_Then_each_name_is_the_one_all_inputs_give()
    {
        // Made-up trees with every kind of clash: shared stems, x.txt beside x.txt.html, a folder named as a file's output,
        // the same names in other folders, and files at the top.
        var random = new Random(20261202);
        string[] folders = ["", "a/", "a/b/", "a/x.json/", "b/", "b/x.json/", "c.txt.json/"];
        string[] files = ["x.txt", "x.pdf", "x.txt.html", "y.html", "a.txt", "b.txt", "c.txt", "r.docx", "x"];
        for (var round = 0; round < 200; round++)
        {
            var inputs = folders.SelectMany(f => files.Select(n => f + n)).Where(_ => random.Next(3) > 0).Distinct().Order(StringComparer.Ordinal).ToList();
            var all = OutputNaming.JsonPaths(inputs);
            var start = random.Next(inputs.Count + 1);
            var slice = inputs.Skip(start).Take(random.Next(inputs.Count - start + 1)).ToList();
            var scoped = OutputNaming.JsonPaths(inputs, slice);
            foreach (var input in slice)
                Assert.That(scoped[input], Is.EqualTo(all[input]), $"round {round}: {input}");
            Assert.That(scoped.Count, Is.LessThanOrEqualTo(inputs.Count));
        }
    }

    [Test]
    public void Given_a_slice_in_one_folder_When_named_for_it_Then_other_folders_are_not_named()
    {
        var names = OutputNaming.JsonPaths(["a/x.txt", "a/x.pdf", "b/x.txt", "b/y.txt"], ["a/x.txt"]);
        Assert.That(names.Keys.Order(), Is.EqualTo(new[] { "a/x.pdf", "a/x.txt" }));
        Assert.That(names["a/x.txt"], Is.EqualTo("a/x.txt.json"));
    }

    [TestCase("a/b.json", true)]
    [TestCase("../b.json", false)]
    [TestCase("a/../../b.json", false)]
    public void Given_a_relative_output_When_checked_for_containment_Then_only_paths_inside_pass(string relative, bool inside) =>
        Assert.That(OutputNaming.StaysInside("/tmp/out", relative), Is.EqualTo(inside));

    [Test]
    public void Given_a_long_target_name_When_a_temporary_name_is_made_Then_it_stays_within_NAME_MAX()
    {
        var target = Path.Combine(Path.GetTempPath(), new string('x', 250) + ".json");
        var temp = Path.GetFileName(AtomicFile.TemporaryPath(target));
        Assert.That(Encoding.UTF8.GetByteCount(temp), Is.LessThanOrEqualTo(AtomicFile.MaxNameBytes));
        Assert.That(temp, Does.StartWith(".xxxx").And.EndWith(".tmp"));
    }
}
