using System.Text;
using NUnit.Framework;

namespace GovReportParser.Tests.TestSupport;

/// <summary>
/// A file in the repository that is generated from the code (docs/metrics.tsv, docs/report.schema.json): it must equal a
/// fresh rendering. On a mismatch the fresh rendering is written beside it as NAME.received and the test fails; with
/// GOVREPORT_REGENERATE_DOCS=1 the file itself is rewritten (review the diff before committing).
/// </summary>
public static class GeneratedFile
{
    public const string RegenerateVariable = "GOVREPORT_REGENERATE_DOCS";

    private static bool Regenerating => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    /// <param name="relative">Path below the repository root, with '/' separators.</param>
    public static void Verify(string relative, string fresh)
    {
        var path = Path.Combine(RepoPaths.Root, relative);
        var received = path + ".received";
        if (Regenerating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, fresh, new UTF8Encoding(false));
        }
        var current = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        if (current == fresh)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, fresh, new UTF8Encoding(false));
        Assert.Fail($"{relative} is {(current is null ? "missing" : "stale")}: the fresh rendering is in {relative}.received; "
            + $"regenerate with {RegenerateVariable}=1 and review the diff");
    }
}
