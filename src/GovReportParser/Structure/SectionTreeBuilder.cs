using GovReportParser.Model;

namespace GovReportParser.Structure;

/// <summary>
/// Builds the heading tree from numbered headings in reading order, aware of sequences: a number that continues a
/// sequence on the stack becomes a sibling there (the innermost such sequence wins); a 1 of a style already on the stack
/// restarts that sequence one level down (an old-style report 一…八 pasted inside 一、总体情况), and a number that
/// continues the outer sequence later closes that nested run; a style not on the stack nests below the more major ones.
/// The tree is bounded: a style restarts inside itself at most <see cref="MaxRestarts"/> times (a further 一 is a
/// sibling, as in a compilation of reports or a run of repeated headings), and no heading goes below
/// <see cref="MaxDepth"/>, so that hostile input cannot nest the tree without limit.
/// </summary>
internal sealed class SectionTreeBuilder
{
    /// <summary>
    /// Deepest heading level. Real reports use at most six styles (第一部分 一、 （一） 1. （1） ①) and one pasted report;
    /// each level costs the JSON writer two levels of nesting, far below its limit of 64.
    /// </summary>
    public const int MaxDepth = 10;

    /// <summary>How often one numbering style may restart inside itself: a report pasted inside a report, and one more.</summary>
    public const int MaxRestarts = 2;

    private readonly List<Section> _roots = [];
    private readonly List<(Section Section, HeadingMarker Marker)> _stack = [];

    public IReadOnlyList<Section> Roots => _roots;

    public List<Block> Preamble { get; } = [];

    /// <summary>The current innermost section, or null before the first heading.</summary>
    public Section? Current => _stack.Count > 0 ? _stack[^1].Section : null;

    public Section AddHeading(HeadingCandidate heading, Provenance source)
    {
        var marker = heading.Marker;
        var depth = PlaceFor(marker);
        _stack.RemoveRange(depth, _stack.Count - depth);
        var section = new Section
        {
            Level = depth + 1,
            Number = marker.Number,
            Title = heading.Title.Trim(),
            Heading = heading.Heading.Trim(),
            Source = source,
        };
        if (depth == 0)
            _roots.Add(section);
        else
            _stack[depth - 1].Section.Children.Add(section);
        _stack.Add((section, marker));
        return section;
    }

    public void AddBody(Block block)
    {
        if (Current is { } section)
            section.Blocks.Add(block);
        else
            Preamble.Add(block);
    }

    /// <summary>The stack depth at which the new heading goes (0 = top level).</summary>
    private int PlaceFor(HeadingMarker marker)
    {
        var sameStyle = Enumerable.Range(0, _stack.Count).Reverse().Where(i => _stack[i].Marker.Style == marker.Style).ToArray();
        foreach (var i in sameStyle)
            if (marker.Ordinal == _stack[i].Marker.Ordinal + 1)
                return i;
        if (sameStyle.Length > 0)
            return Math.Min(marker.Ordinal == 1 && sameStyle.Length <= MaxRestarts ? sameStyle[0] + 1 : sameStyle[0], MaxDepth - 1);
        var depth = _stack.Count;
        while (depth > 0 && _stack[depth - 1].Marker.Style > marker.Style)
            depth--;
        return Math.Min(depth, MaxDepth - 1);
    }
}
