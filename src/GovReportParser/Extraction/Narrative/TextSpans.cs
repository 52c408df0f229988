namespace GovReportParser.Extraction.Narrative;

/// <summary>Cuts text into pieces, each ending with (and keeping) one of the given marks: sentences, clauses.</summary>
public static class TextSpans
{
    public static IEnumerable<(int Start, int End)> Split(string text, string ends)
    {
        var start = 0;
        while (start < text.Length)
        {
            var mark = text.AsSpan(start).IndexOfAny(ends);
            var end = mark < 0 ? text.Length : start + mark + 1;
            yield return (start, end);
            start = end;
        }
    }
}
