namespace GovReportParser.Catalogue;

/// <summary>A standard table: its metric key prefix ("t3"), its number as printed (表三) and its title.</summary>
public sealed record StandardTable(string Key, string Name, string Title)
{
    /// <summary>The title as a caption to find (三、收到和处理政府信息公开申请情况 is found by its title words).</summary>
    public IReadOnlyList<LabelPart> Caption => [new LabelPart.Word(Title)];
}
