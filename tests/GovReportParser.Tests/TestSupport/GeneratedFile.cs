namespace GovReportParser.Tests.TestSupport;

/// <summary>
/// A file in the repository that is generated from the code (docs/metrics.tsv, docs/report.schema.json): a golden file
/// (<see cref="GoldenFile"/>) that must equal a fresh rendering. On a mismatch the fresh rendering is written beside it
/// as NAME.received (metrics.tsv.received: two files of docs/ share a stem) and the test fails; with
/// GOVREPORT_REGENERATE_DOCS=1 (or GOVREPORT_APPROVE=1) the file itself is rewritten — review the diff before committing.
/// </summary>
public static class GeneratedFile
{
    public const string RegenerateVariable = "GOVREPORT_REGENERATE_DOCS";

    private static bool Regenerating =>
        Environment.GetEnvironmentVariable(RegenerateVariable) == "1" || GoldenFile.Approving;

    /// <param name="relative">Path below the repository root, with '/' separators.</param>
    public static void Verify(string relative, string fresh)
    {
        var path = Path.Combine(RepoPaths.Root, relative);
        GoldenFile.Verify(path, fresh, path + ".received", Regenerating);
    }
}
