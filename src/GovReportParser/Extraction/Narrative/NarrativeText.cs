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

    public static IEnumerable<NarrativeSentence> Sentences(StructuredDocument document) => Read(document, tableLike: false);

    /// <summary>The sentences left out as flattened tables (cells glued to labels), for readers of such tables.</summary>
    public static IEnumerable<NarrativeSentence> TableLikeSentences(StructuredDocument document) => Read(document, tableLike: true);

    private static IEnumerable<NarrativeSentence> Read(StructuredDocument document, bool tableLike)
    {
        foreach (var block in document.Preamble)
            foreach (var sentence in SentencesOf(block, null, tableLike))
                yield return sentence;
        foreach (var section in document.AllSections())
            foreach (var block in section.Blocks)
                foreach (var sentence in SentencesOf(block, section, tableLike))
                    yield return sentence;
    }

    private static IEnumerable<NarrativeSentence> SentencesOf(Block block, Section? section, bool tableLike)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Line) || TableLikeText.IsTableLine(block.Text))
            yield break;
        foreach (var (start, end) in TextSpans.Split(block.Text, SentenceEnds))
        {
            var sentence = block.Text[start..end];
            var folded = TextFold.Fold(sentence);
            if (TableLikeText.IsTableLike(folded) == tableLike)
                yield return new NarrativeSentence(sentence, folded, block, section);
        }
    }
}
