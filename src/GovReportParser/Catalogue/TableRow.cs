namespace GovReportParser.Catalogue;

/// <summary>How a row's ordinal is printed.</summary>
public enum OrdinalStyle
{
    /// <summary>一、</summary>
    Top,
    /// <summary>（一）</summary>
    Parenthesised,
    /// <summary>1.</summary>
    Arabic,
}

/// <summary>
/// A row of a standard table: its metric key (below the table's, "result.withheld.state_secret"), its label as printed,
/// its ordinal, the heading row it sits under, the templates that print it, and the label parts its pattern is built
/// from (by default its ordinal and its label word). Columns are the table's unless the row has its own per template.
/// </summary>
public sealed record TableRow(string Key, string Label)
{
    public string? Number { get; init; }
    public OrdinalStyle Style { get; init; } = OrdinalStyle.Top;

    /// <summary>The heading this row sits under (三、本年度办理结果 over （一）予以公开), if any.</summary>
    public TableRow? Group { get; init; }

    public Templates Templates { get; init; } = Templates.Both;

    /// <summary>How a chart caption names the row where its label is too long (新收申请); else the label.</summary>
    public string ShortLabel { get => field ?? Label; init; }

    /// <summary>The label where the 2021 template prints it differently (行政规范性文件 for 规范性文件).</summary>
    public string? Label2021 { get; init; }

    /// <summary>Columns of this row in each template, where they are the row's own (table 2); else the table's.</summary>
    public IReadOnlyList<TableColumn>? Columns2019 { get; init; }
    public IReadOnlyList<TableColumn>? Columns2021 { get; init; }

    /// <summary>The parts the label pattern is built from; null: the ordinal and the label as one word.</summary>
    public IReadOnlyList<LabelPart>? Pattern { get; init; }

    /// <summary>Looked for only when one of these rows was found: a label as short as 其他 is not safe on its own.</summary>
    public IReadOnlyList<TableRow> OnlyAfter { get; init; } = [];

    public IReadOnlyList<LabelPart> PatternParts =>
        Pattern ?? [.. Number is null ? [] : new LabelPart[] { new LabelPart.Ordinal(Number) }, new LabelPart.Word(Label)];

    /// <summary>
    /// The word every printing of the label opens with: the pattern's first word (本年新收 of
    /// 本年新收政府信息公开申请数量, 部分公开 of 部分公开（区分处理的…）), else the label itself.
    /// </summary>
    public string LeadWord => FirstWord(PatternParts) ?? Label;

    /// <summary>The word the template's printing opens with: the 2021 label where 2021 prints it differently
    /// (行政规范性文件), else <see cref="LeadWord"/>.</summary>
    public string LeadWordIn(Templates template) =>
        template == Templates.Y2021 && Label2021 is not null ? Label2021 : LeadWord;

    private static string? FirstWord(IEnumerable<LabelPart> parts)
    {
        foreach (var part in parts)
            switch (part)
            {
                case LabelPart.Word w:
                    return w.Text;
                case LabelPart.Wrapped wrapped:
                    return FirstWord(wrapped.Head);
                case LabelPart.Ordinal:
                    continue;
                default:
                    return null;
            }
        return null;
    }

    /// <summary>The ordinal as printed ("一、", "（一）", "1.").</summary>
    public string PrintedNumber => Number is null ? "" : Style switch
    {
        OrdinalStyle.Top => $"{Number}、",
        OrdinalStyle.Parenthesised => $"（{Number}）",
        _ => $"{Number}.",
    };

    /// <summary>How a check's detail names the row: a top row by its ordinal (一), a lower one by its ordinal in ASCII
    /// brackets and its label ((七)总计).</summary>
    public string ShortName => Style == OrdinalStyle.Top && Number is not null ? Number : $"({Number}){Label}";

    /// <summary>The label as the template prints it, with its ordinal.</summary>
    public string PrintedLabel(Templates template) =>
        PrintedNumber + (template == Templates.Y2021 && Label2021 is not null ? Label2021 : Label);

    /// <summary>The printed label below its headings ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密").</summary>
    public string PrintedPath(Templates template) =>
        Group is null ? PrintedLabel(template) : $"{Group.PrintedPath(template)} / {PrintedLabel(template)}";

    public IReadOnlyList<TableColumn>? ColumnsIn(Templates template) => template switch
    {
        Templates.Y2019 => Columns2019,
        Templates.Y2021 => Columns2021,
        _ => null,
    };
}
