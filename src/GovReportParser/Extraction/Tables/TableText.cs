using System.Text;
using GovReportParser.Model;
using GovReportParser.Structure;
using GovReportParser.Text;
using static GovReportParser.Text.CompactText;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// The report's content as one stream, in three aligned views, so that one set of label patterns serves every layout:
/// <see cref="Source"/> keeps the separators a layout has (tab, newline, pipe, table cell) for splitting cells;
/// <see cref="Compact"/> drops all whitespace and separators so labels match whether wrapped, spaced or set vertically.
/// Both are width-folded (full-width digits and brackets → ASCII). Table blocks are rendered as tab-separated rows with
/// colspan repetitions of a label collapsed, so that a label is followed by its own values.
/// </summary>
internal sealed class TableText
{
    // Compact position → source position, stored only where a run of separators ends: the compact index of the first
    // character after each run, and how many separators lie before it in all. A full map would be an int a character.
    private readonly int[] _runEnds;
    private readonly int[] _skippedBefore;
    private readonly List<(int Start, Block Block, int FurnitureLinesBefore)> _blocks;
    private readonly LayoutLines _layout;

    public string Source { get; }
    public string Compact { get; }

    private TableText(string source, string compact, int[] runEnds, int[] skippedBefore, List<(int, Block, int)> blocks, LayoutLines layout)
    {
        _layout = layout;
        Source = source;
        Compact = compact;
        _runEnds = runEnds;
        _skippedBefore = skippedBefore;
        _blocks = blocks;
    }

    public static TableText From(IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder();
        var starts = new List<(int, Block, int)>();
        var furnitureLines = 0;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Furniture)
                furnitureLines += LayoutLines.LinesOf(block);
            if (block.Kind is BlockKind.Furniture or BlockKind.Metadata)
                continue;
            starts.Add((sb.Length, block, furnitureLines));
            if (block.Kind == BlockKind.Table && block.Rows is { Count: > 0 } rows)
                foreach (var row in rows)
                    sb.AppendJoin('\t', CollapseRepeatedLabels(row)).Append('\n');
            else
                sb.Append(Markup.StripHeadingMarks(block.Text)).Append('\n'); // a table's caption as a markdown heading
        }
        var source = string.Create(sb.Length, sb, static (span, builder) =>
        {
            builder.CopyTo(0, span, builder.Length);
            FoldInPlace(span);
        });
        return FromString(source, starts, LayoutLines.Of(blocks));
    }

    private static TableText FromString(string source, List<(int, Block, int)> blocks, LayoutLines layout)
    {
        var compact = Compacted(source);
        var runEnds = new List<int>();
        var skippedBefore = new List<int>();
        var skipped = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (IsSeparator(source[i]))
                skipped++;
            else if (i > 0 && IsSeparator(source[i - 1]))
            {
                runEnds.Add(i - skipped);
                skippedBefore.Add(skipped);
            }
        }
        return new TableText(source, compact, [.. runEnds], [.. skippedBefore], blocks, layout);
    }

    /// <summary>Position in <see cref="Source"/> of a position in <see cref="Compact"/> (its length maps to the end).</summary>
    public int ToSource(int compactIndex)
    {
        if (compactIndex >= Compact.Length)
            return Source.Length;
        compactIndex = Math.Max(compactIndex, 0);
        var run = Array.BinarySearch(_runEnds, compactIndex);
        if (run < 0)
            run = ~run - 1; // the last run ending at or before the position
        return compactIndex + (run >= 0 ? _skippedBefore[run] : 0); // no run before it: no separator either
    }

    /// <summary>Source position of a compact range's end: just after its last character.</summary>
    public int ToSourceEnd(int compactEnd) => compactEnd <= 0 ? 0 : ToSource(compactEnd - 1) + 1;

    /// <summary>The block a source position falls in, for provenance.</summary>
    public Block? BlockAt(int sourceIndex) => IndexOfBlockAt(sourceIndex) is var i and >= 0 ? _blocks[i].Block : null;

    private int IndexOfBlockAt(int sourceIndex)
    {
        // The last block starting at or before the position; blocks are in source order.
        int low = 0, high = _blocks.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_blocks[middle].Start <= sourceIndex)
            {
                found = middle;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        return found;
    }

    /// <summary>
    /// The layout line a source position lies on (<see cref="LayoutLines"/>: the reader's numbering less the furniture
    /// lines before, halved in double-spaced text): the block's first line plus the line breaks inside the block before
    /// the position. Gaps between the line numbers of two value lines are blank lines.
    /// </summary>
    public int LineNumberAt(int sourceIndex)
    {
        var block = IndexOfBlockAt(sourceIndex);
        if (block < 0)
            return 0;
        var (start, b, furnitureLines) = _blocks[block];
        var breaks = 0;
        for (var i = start; i < sourceIndex && i < Source.Length; i++)
            if (Source[i] == '\n')
                breaks++;
        return _layout.At(b.Source.Line, furnitureLines) + breaks;
    }

    /// <summary>Colspan expansion repeats a label in neighbouring cells; one copy is the label. Numbers are never collapsed.</summary>
    private static IEnumerable<string> CollapseRepeatedLabels(IReadOnlyList<string> row)
    {
        string? previous = null;
        foreach (var cell in row)
        {
            var text = cell.Trim();
            if (previous is not null && text == previous && text.Length > 0 && !CellText.IsValueText(text))
                continue;
            previous = text;
            yield return text;
        }
    }
}
