namespace GovReportParser.Readers.Pdf;

/// <summary>A line or a table of a page, in reading order; furniture is marked, not removed.</summary>
internal sealed class PageItem
{
    public PageItem(TextLine line) => Line = line;

    public PageItem(RuledTable table) => Table = table;

    public TextLine? Line { get; }
    public RuledTable? Table { get; }
    public bool IsFurniture { get; set; }
    public double Top => Line?.Top ?? Table!.Top;
}

/// <summary>What was read from one page: its size and its items from top to bottom.</summary>
internal sealed record PageContent(int Number, double Width, double Height, List<PageItem> Items);
