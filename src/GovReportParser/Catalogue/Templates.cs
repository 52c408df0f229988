namespace GovReportParser.Catalogue;

/// <summary>The templates a table, row or metric belongs to: 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号.</summary>
[Flags]
public enum Templates
{
    None = 0,
    Y2019 = 1,
    Y2021 = 2,
    Both = Y2019 | Y2021,
}

/// <summary>The template names of <c>report.template</c>.</summary>
public static class TemplateNames
{
    public const string Y2019 = "2019";
    public const string Y2021 = "2021";
    public const string Narrative = "narrative";

    /// <summary>The templates by name, as the key list prints them ("2019,2021").</summary>
    public static string Describe(Templates templates) =>
        string.Join(",", new[] { (Templates.Y2019, Y2019), (Templates.Y2021, Y2021) }
            .Where(t => templates.HasFlag(t.Item1)).Select(t => t.Item2));
}
