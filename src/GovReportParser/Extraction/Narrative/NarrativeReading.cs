using GovReportParser.Extraction.Figures;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Narrative;

/// <summary>A narrative sentence with the figures read from it.</summary>
public sealed record ReadSentence(NarrativeSentence Sentence, IReadOnlyList<FigureMatch> Figures);

/// <summary>The narrative sentences read for figures, and the table-like sentences left out of the narrative.</summary>
public sealed record NarrativeReading(IReadOnlyList<ReadSentence> Sentences, IReadOnlyList<NarrativeSentence> TableLike)
{
    /// <summary>
    /// Once per parse: the figure extractor and the narrative metric extractor both need it, and reading it twice was a
    /// third of the extraction time. It is kept with the parse's result, not in a table keyed by document.
    /// </summary>
    public static NarrativeReading Of(StructuredDocument document, ExtractionResult result) => result.Narrative ??= Read(document);

    private static NarrativeReading Read(StructuredDocument document)
    {
        var (narrative, tableLike) = NarrativeText.Read(document);
        return new NarrativeReading(narrative.Select(s => new ReadSentence(s, FigureReader.Read(s.Text, s.Folded))).ToArray(), tableLike);
    }
}
