using System.Text;

namespace GovReportParser.Tests.Hostile;

/// <summary>Deeply nested pages made at test time.</summary>
internal static class HostileHtml
{
    /// <summary>A UTF-8 page whose body nests <paramref name="depth"/> <paramref name="tag"/> elements (each with its own class) around the inner markup.</summary>
    public static string Nested(string tag, int depth, string inner)
    {
        var page = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>深层嵌套</title></head><body>");
        for (var i = 0; i < depth; i++)
            page.Append('<').Append(tag).Append(" class=\"c").Append(i).Append("\">");
        page.Append(inner);
        for (var i = 0; i < depth; i++)
            page.Append("</").Append(tag).Append('>');
        return page.Append("</body></html>").ToString();
    }

    public static byte[] NestedBytes(string tag, int depth, string inner) => Encoding.UTF8.GetBytes(Nested(tag, depth, inner));
}
