using GovReportParser.Model;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// One sentence of narrative body text, with the block and section it is in. <see cref="Folded"/> is <see cref="Text"/>
/// through <see cref="Numbers.TextFold"/> (same length, same offsets).
/// </summary>
public sealed record NarrativeSentence(string Text, string Folded, Block Block, Section? Section)
{
    public int Line => Block.Source.Line;
}
