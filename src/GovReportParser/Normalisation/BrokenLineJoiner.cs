using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Joins a sentence that a line or page break cut in two (<c>…市教育局主</c> / <c>动公开政府信息近3000条</c>), keeping real
/// paragraph, heading and table-row boundaries. A break is inside a sentence when the line before it is prose (it has
/// clause punctuation) that does not end a sentence and is not a heading or table row, and the line after it is prose that
/// starts no enumeration and is no table row. Page furniture between the halves is stepped over and stays a block of its own.
/// The joined block keeps the first block's provenance with <see cref="Provenance.EndLine"/> set, and the originals joined by
/// newlines.
/// </summary>
public sealed class BrokenLineJoiner : INormaliser
{
    public static BrokenLineJoiner Default { get; } = new();

    public Document Normalise(Document document, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        var output = new List<Block>(blocks.Count);
        var furniture = new List<Block>();
        Block? open = null;
        var joined = false;
        foreach (var block in blocks)
        {
            if (open is not null && block.Kind == BlockKind.Furniture)
            {
                furniture.Add(block);
                continue;
            }
            if (open is not null && EndsMidSentence(open) && ContinuesSentence(block))
            {
                open = Join(open, block);
                joined = true;
                continue;
            }
            Flush();
            if (block.Kind == BlockKind.Furniture)
                output.Add(block);
            else
                open = block;
        }
        Flush();
        return joined ? document with { Blocks = output } : document;

        void Flush()
        {
            if (open is not null)
                output.Add(open);
            output.AddRange(furniture);
            furniture.Clear();
            open = null;
        }
    }

    private static bool EndsMidSentence(Block block) =>
        block.Kind == BlockKind.Line && !LineShape.IsTableRow(block.Text) && !LineShape.IsHeading(block.Text)
        && LineShape.HasProsePunctuation(block.Text) && !LineShape.EndsSentence(block.Text);

    private static bool ContinuesSentence(Block block) =>
        block.Kind == BlockKind.Line && !LineShape.IsTableRow(block.Text) && !LineShape.StartsWithEnumeration(block.Text)
        && LineShape.HasProsePunctuation(block.Text);

    private static Block Join(Block first, Block next)
    {
        var separator = char.IsAsciiLetter(first.Text[^1]) && char.IsAsciiLetter(next.Text[0]) ? " " : "";
        return first with
        {
            Text = first.Text + separator + next.Text,
            Original = first.Original + "\n" + next.Original,
            Source = first.Source with { EndLine = next.Source.EndLine ?? next.Source.Line },
        };
    }
}
