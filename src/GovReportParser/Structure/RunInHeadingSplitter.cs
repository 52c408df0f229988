using System.Text.RegularExpressions;
using GovReportParser.Text;

namespace GovReportParser.Structure;

/// <summary>A piece of a run-together block: plain text, or a top heading with the text that followed it.</summary>
public sealed record RunInPiece(string Text, HeadingCandidate? Heading);

/// <summary>
/// Web pages whose paragraphs ran together leave whole reports on one line (一、总体情况2019年，在…二、主动公开…).
/// This finds the top headings inside such a block. A marker counts when it is the next top number expected and either
/// follows a sentence boundary or names a canonical section; its title ends before a digit, bracket or punctuation, at
/// the last word that closes a heading (情况, 概述, 措施 …). Table rows such as 四、结转下年度继续办理 fail both tests.
/// </summary>
public static partial class RunInHeadingSplitter
{
    /// <summary>Blocks shorter than this are ordinary lines, never split.</summary>
    public const int MinBlockLength = 200;

    [GeneratedRegex(@"(?<![一二三四五六七八九十])(?<n>[一二三四五六七八九十]{1,2})、")]
    private static partial Regex TopMarker();

    [GeneratedRegex(@"^[0-9]{4}年")]
    private static partial Regex LeadingYear();

    private static readonly char[] TitleStops = [' ', '\u3000', '\t', '（', '(', '。', '，', ',', '；', ';', '：', ':', '《', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>Splits <paramref name="text"/> at top headings; <paramref name="nextOrdinal"/> is the top number expected next and advances.</summary>
    public static IReadOnlyList<RunInPiece> Split(string text, ref int nextOrdinal)
    {
        if (text.Length < MinBlockLength)
            return [new RunInPiece(text, null)];
        var pieces = new List<RunInPiece>();
        var pieceStart = 0;
        HeadingCandidate? pending = null;
        foreach (Match m in TopMarker().Matches(text))
        {
            var ordinal = ChineseNumerals.Ordinal(m.Groups["n"].ValueSpan);
            if (ordinal != nextOrdinal || Title(text, m.Index + m.Length) is not { } title)
                continue;
            if (!AfterBoundary(text, m.Index) && CanonicalSectionClassifier.Classify(title) is null)
                continue;
            Close(text, pieceStart, m.Index, pending, pieces);
            // The marker's rest is its title: the rest of a run-together block is the whole report.
            var marker = new HeadingMarker(NumberingStyle.Han, ordinal.Value, m.Value, title);
            pending = new HeadingCandidate(marker, m.Value + title, title, null);
            pieceStart = m.Index + m.Length + text.AsSpan(m.Index + m.Length).IndexOf(title) + title.Length;
            nextOrdinal++;
        }
        Close(text, pieceStart, text.Length, pending, pieces);
        return pieces;
    }

    private static void Close(string text, int start, int end, HeadingCandidate? heading, List<RunInPiece> pieces)
    {
        var body = text[start..end].Trim();
        if (heading is not null)
            pieces.Add(new RunInPiece(body, heading with { Body = body.Length > 0 ? body : null }));
        else if (body.Length > 0)
            pieces.Add(new RunInPiece(body, null));
    }

    private static string? Title(string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart(" \u3000");
        var year = 0; // 七、2020年总体打算: the year belongs to the title
        foreach (var match in LeadingYear().EnumerateMatches(rest))
            year = match.Length;
        var stop = rest[year..].IndexOfAny(TitleStops) is var s and >= 0 ? s + year : -1;
        var segment = (stop < 0 ? rest : rest[..stop]).ToString();
        if (segment.Length == 0)
            return null;
        var closed = HeadingTitle.UpToLastClosingWord(segment);
        if (closed.Length > 0 && closed.Length <= HeadingTitle.MaxLength)
            return closed;
        return segment.Length <= 20 ? segment : null;
    }

    private static bool AfterBoundary(string text, int index)
    {
        if (index == 0 || char.IsWhiteSpace(text[index - 1]))
            return true;
        return text[index - 1] is '。' or '；' or '！' or '？' or '”' or '」' or '）' or ')' or '.' or ';';
    }
}
