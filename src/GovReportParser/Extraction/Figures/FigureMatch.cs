namespace GovReportParser.Extraction.Figures;

/// <summary>A figure found in one piece of text: its value, unit ("" for a counted noun such as 订阅数49305), and where.</summary>
public sealed record FigureMatch(decimal Value, string Unit, bool Approx, int Start, int End, string Phrase)
{
    /// <summary>Start of the number itself (after 近/约 and the like), for readers that look at what precedes it.</summary>
    public int NumberStart { get; init; }
}
