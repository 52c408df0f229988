using GovReportParser.Text;

namespace GovReportParser.Catalogue;

/// <summary>
/// The printed labels that tell one template from the other, derived from the table definitions: a label a template
/// prints is distinguishing when no label of the other template contains it once both are folded and compacted as
/// <see cref="CompactText"/> folds report text. Thus 处理决定数量 (2019) is not one, being inside 2021's 本年处理决定数量,
/// and neither is 其他处理, which 2021 prints as the heading of its three sub-rows.
/// </summary>
public static class TemplateLabels
{
    /// <summary>The labels only the 2019 template prints, in catalogue order.</summary>
    public static IReadOnlyList<string> Distinguishing2019 { get; } = Distinguishing(PrintedBy(Templates.Y2019), PrintedBy(Templates.Y2021));

    /// <summary>The labels only the 2021 template prints, in catalogue order.</summary>
    public static IReadOnlyList<string> Distinguishing2021 { get; } = Distinguishing(PrintedBy(Templates.Y2021), PrintedBy(Templates.Y2019));

    /// <summary>
    /// The labels of <paramref name="own"/>, normalised, that no label of <paramref name="other"/> contains after the
    /// same normalisation; each once, in the order given.
    /// </summary>
    public static IReadOnlyList<string> Distinguishing(IEnumerable<string> own, IEnumerable<string> other)
    {
        var others = other.Select(Normalised).ToArray();
        return own.Select(Normalised).Where(label => label.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Where(label => !others.Any(o => o.Contains(label, StringComparison.Ordinal)))
            .ToArray();
    }

    /// <summary>
    /// Every label <paramref name="template"/> prints in tables 2, 3 and 4: the row heading, each printed row's lead word
    /// and the lead words of the headings above it, and the columns.
    /// </summary>
    public static IEnumerable<string> PrintedBy(Templates template)
    {
        yield return Table2.RowHeading;
        foreach (var row in Table2.RowsIn(template))
        {
            foreach (var label in WithHeadings(row, template))
                yield return label;
            foreach (var column in row.ColumnsIn(template) ?? [])
                yield return column.Label;
        }
        foreach (var row in Table3.Rows.Where(r => r.Templates.HasFlag(template)))
            foreach (var label in WithHeadings(row, template))
                yield return label;
        foreach (var column in Table3.Columns)
            foreach (var label in new[] { column.Group, column.Label })
                if (label is not null)
                    yield return label;
        foreach (var block in Table4.Blocks)
            foreach (var label in new[] { block.Group, block.Label })
                if (label is not null)
                    yield return label;
        foreach (var column in Table4.Columns)
            yield return column.Label;
    }

    private static IEnumerable<string> WithHeadings(TableRow row, Templates template)
    {
        for (var r = row; r is not null; r = r.Group)
            yield return r.LeadWordIn(template);
    }

    /// <summary>Folded (full-width to ASCII) and without separators, as report text is matched.</summary>
    public static string Normalised(string label)
    {
        var chars = CompactText.Compacted(label).ToCharArray();
        CompactText.FoldInPlace(chars);
        return new string(chars);
    }
}
