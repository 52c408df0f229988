using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportParser.Extraction.Tables;

/// <summary>
/// What one cell says. A number is stated; <c>无</c> ("none") is stated as 0; a blank, a dash (<c>—</c>, <c>-</c>) or a slash
/// (<c>/</c>) is "not stated": reports use them for "not applicable" as often as for zero, so they are never turned into 0.
/// </summary>
internal static partial class CellText
{
    [GeneratedRegex(@"^(?:[-—–/]+|无)$")]
    private static partial Regex MarkerRegex();

    /// <summary>Units written after a number in a cell (<c>7730.28万元</c>, <c>5000 元</c>); the column header says the unit.</summary>
    [GeneratedRegex(@"(?<=[0-9]) ?(?:万元|元)$")]
    private static partial Regex UnitSuffixRegex();

    public static string StripUnit(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.EndsWith('元') ? UnitSuffixRegex().Replace(trimmed, "") : trimmed;
    }

    public static bool IsNumber(string cell) => IsPlainNumber(StripUnit(cell));

    /// <summary>
    /// <c>^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$</c> without the regex machinery: the table reader asks it of every way of
    /// cutting run-together digits into cells.
    /// </summary>
    public static bool IsPlainNumber(ReadOnlySpan<char> s)
    {
        var i = s is ['-' or '+', ..] ? 1 : 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
            return false;
        if (s[i] == '0')
            i++;
        else
            while (i < s.Length && char.IsAsciiDigit(s[i]))
                i++;
        if (i == s.Length)
            return true;
        if (s[i] != '.' || ++i == s.Length)
            return false;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
            i++;
        return i == s.Length;
    }

    public static bool IsMarker(string cell) => MarkerRegex().IsMatch(cell.Trim());

    /// <summary>A cell that holds a value or a value marker, as opposed to a label.</summary>
    public static bool IsValueText(string cell) => IsNumber(cell) || IsMarker(cell);

    /// <summary>
    /// The value a cell states in its column's unit: an amount written in 元 in a column counted in 万元 (or the other way
    /// round) is converted, never copied.
    /// </summary>
    public static decimal? ValueIn(string cell, string unit)
    {
        if (Value(cell) is not { } value)
            return null;
        var trimmed = cell.Trim();
        var inTenThousands = trimmed.EndsWith(Catalogue.Units.TenThousandYuan, StringComparison.Ordinal);
        var inYuan = !inTenThousands && trimmed.EndsWith(Catalogue.Units.Yuan, StringComparison.Ordinal);
        return (inYuan, inTenThousands, unit) switch
        {
            (true, _, Catalogue.Units.TenThousandYuan) => value / 10_000m,
            (_, true, Catalogue.Units.Yuan) => value * 10_000m,
            _ => value,
        };
    }

    /// <summary>The value a cell states, or null when it states none (blank, dash, slash, or not a number).</summary>
    public static decimal? Value(string cell)
    {
        var text = StripUnit(cell);
        if (text == "无")
            return 0m;
        if (!IsPlainNumber(text))
            return null;
        // A run of digits too long for any count is no value (and must not throw).
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
