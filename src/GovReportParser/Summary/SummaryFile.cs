using System.Text;
using GovReportParser.Panel;
using GovReportParser.Writers;

namespace GovReportParser.Summaries;

/// <summary>Writes <c>summary.html</c> into a batch's output folder, whole or not at all.</summary>
public static class SummaryFile
{
    public static string Write(string directory, BatchFolder folder, IReadOnlyList<PanelFinding> findings)
    {
        var path = Path.Combine(directory, SummaryPage.FileName);
        var bytes = new UTF8Encoding(false).GetBytes(SummaryPage.Render(folder, findings));
        AtomicFile.WriteAllBytes(path, bytes);
        return path;
    }
}
