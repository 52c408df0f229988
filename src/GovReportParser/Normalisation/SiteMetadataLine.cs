using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// A line of the site's information block (索引号 … 发布机构 … 发文日期 …) and how a wrap cuts one: inside a value
/// (<c>发文日期 2023</c> / <c>-12-15 10:06</c>) or inside a key (<c>发文日</c> / <c>期 2023-12-15</c>).
/// </summary>
public static class SiteMetadataLine
{
    /// <summary>The text starts with one of the block's keys (<see cref="SiteMetadataLabels"/>).</summary>
    public static bool StartsWithKey(ReadOnlySpan<char> text)
    {
        foreach (var key in SiteMetadataLabels.All)
            if (text.StartsWith(key, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// The line <paramref name="after"/> goes on with the metadata line <paramref name="before"/>: it starts with no key and
    /// either completes a key that <paramref name="before"/> ends with the head of, or stands between two metadata lines
    /// (<paramref name="next"/> is the line after it), where only the rest of a value can stand.
    /// </summary>
    public static bool IsCutBetween(string before, string after, string? next)
    {
        var head = before.TrimStart();
        var tail = after.TrimStart();
        if (!StartsWithKey(head) || tail.Length == 0 || StartsWithKey(tail))
            return false;
        return next is not null && StartsWithKey(next.AsSpan().TrimStart()) || CutsKey(head, tail);
    }

    private static bool CutsKey(string before, string after)
    {
        foreach (var key in SiteMetadataLabels.All)
            for (var cut = 1; cut < key.Length; cut++)
                if (before.EndsWith(key.AsSpan(0, cut), StringComparison.Ordinal) && after.StartsWith(key.AsSpan(cut), StringComparison.Ordinal))
                    return true;
        return false;
    }
}
