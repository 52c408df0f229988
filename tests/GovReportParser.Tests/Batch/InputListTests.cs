using GovReportParser.Batch;
using GovReportParser.Pipeline;
using GovReportParser.Tests.TestSupport;
using NUnit.Framework;

namespace GovReportParser.Tests.Batch;

public class InputListTests
{
    private static bool CanRead(string path) => ReportParser.Default.CanRead(path);

    /// <summary>A made-up input tree: two reports in a sub-folder, one at the top, a file without a reader.</summary>
    private static TempDir Tree()
    {
        var root = new TempDir();
        root.Write("a/x.txt", "x"u8.ToArray());
        root.Write("a/y.html", "y"u8.ToArray());
        root.Write("top.txt", "t"u8.ToArray());
        root.Write("notes.doc", "n"u8.ToArray());
        return root;
    }

    [Test]
    public void Given_relative_and_absolute_lines_When_read_Then_each_is_named_relative_to_the_root_and_the_names_are_sorted()
    {
        using var root = Tree();
        var inputs = InputList.Find(["top.txt", root.File("a/y.html"), "./a/x.txt"], root.Path, CanRead);
        Assert.That(inputs.Readable, Is.EqualTo(new[] { "a/x.txt", "a/y.html", "top.txt" }));
        Assert.That(inputs.Refused, Is.Empty);
    }

    [Test]
    public void Given_CRLF_line_ends_blank_lines_and_duplicates_When_read_Then_each_file_is_one_input()
    {
        using var root = Tree();
        var inputs = InputList.Find(["a/x.txt\r", "", "   ", "a/x.txt", "a/../a/x.txt\r", "top.txt"], root.Path, CanRead);
        Assert.That(inputs.Rows, Is.EqualTo(new[] { "a/x.txt", "top.txt" }));
    }

    [Test]
    public void Given_a_path_above_the_root_and_the_root_itself_When_read_Then_each_is_refused_with_its_reason_among_the_sorted_rows()
    {
        using var root = Tree();
        var inputs = InputList.Find(["../elsewhere.txt", "/etc/hostname", ".", "top.txt"], root.Path, CanRead);
        Assert.That(inputs.Readable, Is.EqualTo(new[] { "top.txt" }));
        Assert.That(inputs.Refused, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["../elsewhere.txt"] = InputList.OutsideRoot, ["/etc/hostname"] = InputList.OutsideRoot, ["."] = ReportParser.IsADirectory,
        }));
        Assert.That(inputs.Rows, Is.EqualTo(new[] { ".", "../elsewhere.txt", "/etc/hostname", "top.txt" }), "refused rows sort among the others");
    }

    /// <summary>The list is read by every shard and touches no file; each input is looked at by the shard that reads it.</summary>
    [Test]
    public void Given_a_missing_path_and_a_folder_When_listed_and_then_looked_at_Then_they_are_rows_each_refused_with_its_reason()
    {
        using var root = Tree();
        var inputs = InputList.Find(["a/gone.txt", "a/y.html", "top.txt"], root.Path, CanRead);
        root.Write("b.txt/inner.txt", "i"u8.ToArray()); // a folder named like a report
        Assert.That(inputs.Rows, Is.EqualTo(new[] { "a/gone.txt", "a/y.html", "top.txt" }));
        Assert.That(InputList.Unreadable(root.File("a/gone.txt")), Is.EqualTo(ReportParser.NoSuchFile));
        Assert.That(InputList.Unreadable(root.File("b.txt")), Is.EqualTo(ReportParser.IsADirectory));
        Assert.That(InputList.Unreadable(root.File("a/y.html")), Is.Null);
    }

    [Test]
    public void Given_a_file_without_a_reader_and_a_hidden_file_When_read_Then_one_is_skipped_and_the_other_counted_as_hidden()
    {
        using var root = Tree();
        root.Write(".cache/z.txt", "z"u8.ToArray());
        var inputs = InputList.Find(["notes.doc", ".cache/z.txt", "top.txt"], root.Path, CanRead);
        Assert.That(inputs.Skipped, Is.EqualTo(new[] { "notes.doc" }));
        Assert.That(inputs.Hidden, Is.EqualTo(1));
        Assert.That(inputs.Readable, Is.EqualTo(new[] { "top.txt" }));
    }

    [Test]
    public void Given_a_list_of_every_file_of_a_folder_When_read_Then_it_gives_the_entries_and_the_hash_of_the_folder()
    {
        using var root = Tree();
        var files = Directory.GetFiles(root.Path, "*", SearchOption.AllDirectories).Reverse().ToArray();
        var listed = InputList.Find(files, root.Path, CanRead);
        var walked = InputFinder.Find(root.Path, CanRead);
        Assert.That(listed.Rows, Is.EqualTo(walked.Rows));
        Assert.That(listed.Skipped, Is.EqualTo(walked.Skipped));
        Assert.That(listed.Sha256(), Is.EqualTo(walked.Sha256()));
        Assert.That(InputList.Find(files.Skip(1), root.Path, CanRead).Sha256(), Is.Not.EqualTo(walked.Sha256()), "another list, another hash");
    }
}
