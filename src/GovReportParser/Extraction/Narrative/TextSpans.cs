namespace GovReportParser.Extraction.Narrative;

/// <summary>Cuts text into pieces, each ending with (and keeping) one of the given marks: sentences, clauses.</summary>
public static class TextSpans
{
    public static IEnumerable<(int Start, int End)> Split(string text, string ends)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !ends.Contains(text[i]))
                continue;
            var end = Math.Min(i + 1, text.Length);
            if (end > start)
                yield return (start, end);
            start = end;
        }
    }
}
