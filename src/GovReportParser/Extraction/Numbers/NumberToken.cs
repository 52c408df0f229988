namespace GovReportParser.Extraction.Numbers;

public enum NumeralKind
{
    Arabic,
    Chinese,
}

/// <summary>
/// One number found in text. <see cref="Start"/>..<see cref="End"/> covers the whole phrase with its approximation words
/// (近 3000, 259 余, 上百); <see cref="NumberStart"/>..<see cref="NumberEnd"/> only the numeral and its multiplier (1.5万).
/// <see cref="Value"/> is the stated base of an approximation (上百 → 100, 300多 → 300).
/// </summary>
public sealed record NumberToken(int Start, int NumberStart, int NumberEnd, int End, decimal Value, bool Approx, NumeralKind Kind)
{
    /// <summary>Written as a percentage phrase (百分之九十八); a trailing % is the figure reader's business.</summary>
    public bool IsPercentPhrase { get; init; }

    /// <summary>A lone 一 (value 1 written as one Chinese character): usually a word (一项工作, 一件事), rarely a count.</summary>
    public bool IsLoneChineseOne { get; init; }
}
