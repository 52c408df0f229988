using GovReportParser.Extraction.Numbers;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// The narrative body of a report, sentence by sentence: the preamble and every section's own paragraphs, without
/// headings, tables, table-like text, site metadata or page furniture. Figures and narrative metrics read only this.
/// </summary>
public static class NarrativeText
{
    private const string SentenceEnds = "。！？；;!?\n";

    /// <summary>
    /// The narrative sentences, and apart from them the sentences left out as flattened tables (cells glued to labels),
    /// for readers of such tables: one pass, each sentence split and folded once.
    /// </summary>
    public static (IReadOnlyList<NarrativeSentence> Narrative, IReadOnlyList<NarrativeSentence> TableLike) Read(StructuredDocument document)
    {
        var narrative = new List<NarrativeSentence>();
        var tableLike = new List<NarrativeSentence>();
        var blocks = document.Preamble.Select(b => (Block: b, Section: (Section?)null))
            .Concat(document.AllSections().SelectMany(s => s.Blocks.Select(b => (Block: b, Section: (Section?)s))));
        foreach (var (block, section) in blocks)
            foreach (var (sentence, isTableLike) in SentencesOf(block, section))
                (isTableLike ? tableLike : narrative).Add(sentence);
        return (narrative, tableLike);
    }

    private static IEnumerable<(NarrativeSentence Sentence, bool TableLike)> SentencesOf(Block block, Section? section)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Line) || TableLikeText.IsTableLine(block.Text))
            yield break;
        foreach (var (start, end) in TextSpans.Split(block.Text, SentenceEnds))
        {
            var sentence = block.Text[start..end];
            var folded = TextFold.Fold(sentence);
            yield return (new NarrativeSentence(sentence, folded, block, section), TableLikeText.IsTableLike(folded));
        }
    }
}
