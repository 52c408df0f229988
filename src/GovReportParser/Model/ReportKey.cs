namespace GovReportParser.Model;

/// <summary>
/// Which report a file is, whatever its format: the txt, HTML and PDF copies of one report share agency, year and
/// template, so they share this key. Null when the agency or the year is unknown: two unnamed reports are not one.
/// </summary>
public static class ReportKey
{
    public static string? Of(ReportMetadata info)
    {
        var agency = info.Agency is null ? "" : string.Concat(info.Agency.Where(c => !char.IsWhiteSpace(c)));
        if (agency.Length == 0 || info.Year is not { } year)
            return null;
        return $"{agency}/{year}/{info.Template}";
    }
}
