namespace GovReportParser.Catalogue;

/// <summary>A standard table: its metric key prefix ("t3"), its number as printed (表三) and its title.</summary>
public sealed record StandardTable(string Key, string Name, string Title);
