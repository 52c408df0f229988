using GovReportParser.Model;

namespace GovReportParser.Readers.Pdf;

/// <summary>
/// Turns the pages' items into blocks with running line numbers. As in the txt convention, a skipped number marks a
/// paragraph boundary: each paragraph start, and each table, is preceded by a gap.
/// </summary>
internal static class BlockAssembler
{
    public static List<Block> Assemble(IReadOnlyList<PageContent> pages)
    {
        var breaks = new ParagraphBreaks(pages);
        var blocks = new List<Block>();
        var line = 0;
        TextLine? previous = null;
        var previousPage = 0;
        foreach (var page in pages)
            foreach (var item in page.Items)
            {
                if (item.IsFurniture)
                {
                    line++;
                    blocks.Add(new Block(BlockKind.Furniture, item.Line!.Text, item.Line.Text, new Provenance(line, page.Number)));
                    continue;
                }
                if (item.Table is { } table)
                {
                    line += blocks.Count > 0 ? 2 : 1;
                    var rows = table.Grid();
                    var text = string.Join('\n', rows.Select(r => string.Join('\t', r)));
                    blocks.Add(new Block(BlockKind.Table, text, text, new Provenance(line, table.Page)) { Rows = rows });
                    previous = null;
                    continue;
                }
                var textLine = item.Line!;
                line += breaks.StartsParagraph(previous, textLine, previousPage == page.Number) && blocks.Count > 0 ? 2 : 1;
                blocks.Add(new Block(BlockKind.Line, textLine.Text, textLine.Text, new Provenance(line, page.Number)));
                previous = textLine;
                previousPage = page.Number;
            }
        return blocks;
    }
}
