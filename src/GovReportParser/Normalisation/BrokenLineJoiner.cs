using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Joins a sentence that a line or page break cut in two (<c>…市教育局主</c> / <c>动公开政府信息近3000条</c>), keeping real
/// paragraph, heading and table-row boundaries. A break is inside a sentence when the line before it is prose that does not
/// end a sentence and is not a heading or table row, and the line after it is prose that starts no enumeration and is no
/// table row. A line is prose when it has clause punctuation, or — for hard-wrapped text, where the next line follows with
/// no blank line between — when it fills the document's usual line width (<see cref="LineWidths"/>); the line after the
/// break may also be a paragraph's short last line, which ends like prose. Lines follow each other when nothing stands
/// between them but the document's line step (<see cref="LineSpacing"/>: doubled breaks are single ones). A line of the
/// site's information block cut inside a key or a value goes on in the next (<see cref="SiteMetadataLine"/>).
/// Page furniture between the halves is stepped over and stays a block of its own. The joined block keeps the first block's
/// provenance with <see cref="Provenance.EndLine"/> set, and the originals joined by newlines.
/// </summary>
public sealed class BrokenLineJoiner : INormaliser
{
    public static BrokenLineJoiner Default { get; } = new();

    public Document Normalise(Document document, Diagnostics diagnostics)
    {
        var widths = LineWidths.Of(document.Blocks);
        var spacing = LineSpacing.Of(document.Blocks);
        var output = new List<Block>(document.Blocks.Count);
        var furniture = new List<Block>();
        Block? open = null, last = null;   // the block being built, and the last source line joined into it
        var joined = false;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (open is not null && block.Kind == BlockKind.Furniture)
            {
                furniture.Add(block);
                continue;
            }
            var next = i + 1 < document.Blocks.Count ? document.Blocks[i + 1] : null;
            if (open is not null && last is not null && (IsSentenceBreak(last, block, widths, spacing) || IsSiteValueBreak(last, block, next, spacing)))
            {
                open = Join(open, block);
                last = block;
                joined = true;
                continue;
            }
            Flush();
            if (block.Kind == BlockKind.Furniture)
                output.Add(block);
            else
                open = last = block;
        }
        Flush();
        return joined ? document with { Blocks = output } : document;

        void Flush()
        {
            if (open is not null)
                output.Add(open);
            output.AddRange(furniture);
            furniture.Clear();
            open = last = null;
        }
    }

    private static bool IsSentenceBreak(Block before, Block after, LineWidths widths, LineSpacing spacing)
    {
        if (before.Kind != BlockKind.Line || after.Kind != BlockKind.Line || LineShape.IsTableRow(before.Text) || LineShape.IsTableRow(after.Text))
            return false;
        if (LineShape.StartsWithEnumeration(after.Text))
            return false;
        var hardWrap = spacing.Follows(before, after);
        // A line that a hard wrap filled goes on: it may look like a heading or end on a semicolon or a closing bracket and
        // still be mid-paragraph. Anywhere else those end the line's paragraph.
        var filled = hardWrap && widths.IsFull(before.Text);
        // A bare numbered line is a heading however long, unless a wrap filled it after the section's first words.
        if (LineShape.IsBareNumberedLine(before.Text) && !(filled && LineShape.IsHeadingWithRunInWords(before.Text)))
            return false;
        if (LineShape.IsHeading(before.Text) && !filled)
            return false;
        var ends = LineShape.EndsSentence(before.Text) || LineShape.EndsClause(before.Text) && !filled;
        return !ends && IsProse(before, hardWrap, widths) && (IsProse(after, hardWrap, widths) || EndsParagraph(after));
    }

    /// <summary>A wrap cut a line of the site's information block inside a key or a value.</summary>
    private static bool IsSiteValueBreak(Block before, Block after, Block? next, LineSpacing spacing) =>
        before.Kind == BlockKind.Line && after.Kind == BlockKind.Line && spacing.Follows(before, after)
        && !LineShape.StartsWithEnumeration(after.Text) && !LineShape.IsTableRow(after.Text)
        && SiteMetadataLine.IsCutBetween(before.Text, after.Text, next is { Kind: BlockKind.Line } ? next.Text : null);

    private static bool IsProse(Block block, bool hardWrap, LineWidths widths) =>
        LineShape.HasProsePunctuation(block.Text) || hardWrap && widths.IsFull(block.Text);

    // The short last line of a paragraph (`报如下：`) has no clause punctuation, but it ends like prose.
    private static bool EndsParagraph(Block block) => LineShape.EndsSentence(block.Text) || LineShape.EndsClause(block.Text);

    private static Block Join(Block joined, Block next) =>
        joined with
        {
            Text = HanSpacingNormaliser.JoinWrapped(joined.Text, next.Text),
            Original = joined.Original + "\n" + next.Original,
            Source = joined.Source with { EndLine = next.Source.EndLine ?? next.Source.Line },
        };
}
