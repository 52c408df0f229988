using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportParser.Tests.Panel;

/// <summary>A report's text moved to another year: every year written in it shifted by the same amount, in one pass.</summary>
internal static class YearCopies
{
    private static readonly Regex Year = new("(?<![0-9])20[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant);

    public static string Shift(string text, int years) =>
        Year.Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture));
}
