using System.Globalization;
using System.Text;
using GovReportParser.Writers;

namespace GovReportParser.Panel;

/// <summary><c>panel.csv</c>: one row per panel finding, with the files and numbers of both sides; written whole or not at all.</summary>
public static class PanelCsv
{
    public const string FileName = "panel.csv";

    public static readonly string[] Columns =
        ["agency", "region", "rule", "ok", "severity", "year_a", "file_a", "value_a", "year_b", "file_b", "value_b", "detail"];

    public static string[] Row(PanelFinding f) =>
    [
        f.Agency, f.Region ?? "", f.Rule, f.Ok ? "true" : "false", f.Severity == PanelSeverity.Failure ? "failure" : "review",
        Str(f.Earlier.Year), f.Earlier.File, Num(f.Earlier.Value), Str(f.Later.Year), f.Later.File, Num(f.Later.Value), f.Detail,
    ];

    /// <summary>Writes <c>panel.csv</c> into <paramref name="directory"/> (UTF-8 with BOM, as the other tables).</summary>
    public static string Write(string directory, IEnumerable<PanelFinding> findings)
    {
        var path = Path.Combine(directory, FileName);
        AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.Preamble);
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            CsvDatasetWriter.WriteTable(text, Columns, findings.Select(Row));
        });
        return path;
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Num(decimal? v) => v is { } d ? PanelRules.Num(d) : "";
}
