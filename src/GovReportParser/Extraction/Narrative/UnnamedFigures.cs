using GovReportParser.Model;

namespace GovReportParser.Extraction.Narrative;

/// <summary>
/// Names the metric on the first figure of the list equal to a stated one that names none yet. The positions of
/// unnamed figures are indexed once, so naming is constant time: searching the whole list for each statement made a
/// report of tens of thousands of such sentences quadratic (40,000 took half a minute).
/// </summary>
internal sealed class UnnamedFigures(List<Figure> figures)
{
    private Dictionary<Figure, Queue<int>>? _positions;

    public void Name(Figure stated, string key)
    {
        _positions ??= Index();
        if (_positions.TryGetValue(stated with { Metric = null }, out var queue) && queue.TryDequeue(out var index))
            figures[index] = figures[index] with { Metric = key };
    }

    private Dictionary<Figure, Queue<int>> Index()
    {
        var positions = new Dictionary<Figure, Queue<int>>();
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Metric is not null)
                continue;
            if (!positions.TryGetValue(figures[i], out var queue))
                positions[figures[i]] = queue = new Queue<int>();
            queue.Enqueue(i);
        }
        return positions;
    }
}
