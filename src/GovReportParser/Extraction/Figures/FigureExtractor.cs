using GovReportParser.Extraction.Narrative;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Figures;

/// <summary>Every quantity stated in the narrative body, with the phrase it was read from and the section it is in.</summary>
public sealed class FigureExtractor : IExtractor
{
    public void Extract(StructuredDocument document, ExtractionResult result, Diagnostics diagnostics)
    {
        foreach (var (sentence, figures) in NarrativeReading.Of(document, result).Sentences)
            foreach (var match in figures)
                result.Figures.Add(ToFigure(match, sentence));
    }

    internal static Figure ToFigure(FigureMatch match, NarrativeSentence sentence) => new()
    {
        Value = match.Value,
        Unit = match.Unit,
        Approx = match.Approx,
        Text = match.Phrase,
        Section = sentence.Section?.Heading,
        Line = sentence.Line,
    };
}
