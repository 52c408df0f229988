using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Which report a file is, whatever its format: the txt, HTML and PDF copies of one report share agency, year and
/// template, so they share this key (<c>report_key</c>): the agency's identity (<see cref="AgencyIdentity"/>, as the panel
/// groups agencies), the year and the template, "青山县/2021/2021". Null when the agency or the year is unknown: two
/// unnamed reports are not one.
/// </summary>
public static class ReportKey
{
    public static string? Of(ReportMetadata info) =>
        AgencyIdentity.Key(info.Agency) is { } agency && info.Year is { } year ? $"{agency}/{year}/{info.Template}" : null;
}
