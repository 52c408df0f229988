using GovReportParser.Extraction.Figures;
using GovReportParser.Model;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// Sets the metrics the narrative states, each with its phrase as evidence and source "narrative", and names the metric
/// on the figure it was read from. Runs after the tables: where a table stated the metric, the table value stays and
/// <see cref="MetricSet"/> keeps the disagreement for <see cref="Checks.NarrativeConsistencyCheck"/>.
/// </summary>
public sealed class NarrativeMetricExtractor : IExtractor
{
    public void Extract(StructuredDocument document, ExtractionResult result, Diagnostics diagnostics)
    {
        var reading = NarrativeReading.Of(document, result);
        var unnamed = new UnnamedFigures(result.Figures);
        foreach (var sentence in reading.TableLike)
            foreach (var (key, row) in ZeroStatisticsRows.Read(sentence.Folded))
                result.Metrics.Set(key, 0,
                    new MetricSource(MetricSet.TableSource) { Table = Catalogue.StatisticsTable.Name, Row = row, Column = Catalogue.StatisticsTable.ThisYear, Line = sentence.Line });
        foreach (var (sentence, figures) in reading.Sentences)
        {
            foreach (var statement in NarrativeMetricReader.Read(sentence.Text, sentence.Folded, figures))
            {
                result.Metrics.Set(statement.Key, statement.Value,
                    new MetricSource(MetricSet.NarrativeSource) { Evidence = statement.Evidence, Line = sentence.Line });
                if (statement.Figure is { } figure)
                    unnamed.Name(FigureExtractor.ToFigure(figure, sentence), statement.Key);
            }
        }
    }
}
