using System.Runtime.CompilerServices;
using GovReportParser.Extraction.Figures;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Narrative;

/// <summary>A narrative sentence with the figures read from it.</summary>
public sealed record ReadSentence(NarrativeSentence Sentence, IReadOnlyList<FigureMatch> Figures);

/// <summary>
/// The narrative split into sentences and read for figures once per document: the figure extractor and the narrative
/// metric extractor both need it, and reading it twice was a third of the extraction time.
/// </summary>
public static class NarrativeReading
{
    private static readonly ConditionalWeakTable<StructuredDocument, IReadOnlyList<ReadSentence>> Cache = new();

    public static IReadOnlyList<ReadSentence> Of(StructuredDocument document) =>
        Cache.GetValue(document, d => NarrativeText.Sentences(d).Select(s => new ReadSentence(s, FigureReader.Read(s.Text, s.Folded))).ToArray());
}
