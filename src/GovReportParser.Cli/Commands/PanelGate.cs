using GovReportParser.Panel;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// <c>check --panel</c>: the panel rules over the reports just checked and the report JSON files found in folders
/// given (a batch's output folder). Prints each finding; broken carry-overs and differing duplicates fail the gate,
/// jumps and gaps are printed for review only.
/// </summary>
internal static class PanelGate
{
    /// <summary>Runs the rules; returns how many findings fail.</summary>
    public static int Run(IEnumerable<string> paths, IEnumerable<PanelReport> parsed, bool github, bool allowInconsistent, TextWriter stdout)
    {
        var fromFolders = paths.Where(Directory.Exists).SelectMany(p => BatchFolder.Read(p).Reports.Select(r => r with { Json = null, File = Path.Combine(p, r.Json!) }));
        var reports = parsed.Concat(fromFolders).ToArray();
        var findings = PanelRules.Run(reports);
        foreach (var f in findings.Where(f => !f.Ok))
        {
            var where = $"{f.Agency} {f.Earlier.File} ↔ {f.Later.File}";
            stdout.WriteLine(github
                ? GitHubAnnotations.Format(f.Fails && !allowInconsistent ? "error" : "warning", f.Later.File, null, $"{f.Rule}: {f.Detail} ({where})")
                : MessageText.Escape($"panel: {(f.Fails ? "FAIL" : "REVIEW")} {f.Rule}: {f.Detail} ({where})"));
        }
        var series = PanelGroups.Group(reports).Count(s => s.Years.Count > 1);
        var failed = findings.Count(f => f.Fails);
        stdout.WriteLine($"panel: {series} agencies with several years, {findings.Count} results: {findings.Count(f => f.Ok)} pass, {failed} fail, {findings.Count(f => !f.Ok && !f.Fails)} to review");
        return failed;
    }
}
