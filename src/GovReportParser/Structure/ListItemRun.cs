namespace GovReportParser.Structure;

/// <summary>
/// Remembers the numbered paragraphs that were too long to be headings, so that a short item continuing the same run
/// (1. long… 2. long… 3. short.) stays a list item rather than turning into a heading on its own.
/// </summary>
internal sealed class ListItemRun
{
    private (object? Section, NumberingStyle Style, int Ordinal)? _last;

    public void SawItem(object? section, HeadingMarker marker) => _last = (section, marker.Style, marker.Ordinal);

    public void SawHeading() => _last = null;

    public bool Continues(object? section, HeadingMarker marker) =>
        _last is { } last && ReferenceEquals(last.Section, section) && last.Style == marker.Style && last.Ordinal + 1 == marker.Ordinal;
}
