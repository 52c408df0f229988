using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovReportParser.Tests.TestSupport;
using GovReportParser.Writers;
using NUnit.Framework;

namespace GovReportParser.Tests.Docs;

/// <summary>docs/output.md is written by hand; these hold it to the code: every command, JSON field and CSV column the
/// product has is named there.</summary>
public partial class OutputReferenceTests
{
    private static string Reference => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "output.md"));

    [GeneratedRegex(@"^  ([a-z]+) ", RegexOptions.Multiline)]
    private static partial Regex HelpCommand();

    [Test]
    public void NamesEveryCommand()
    {
        var help = CliRun.Of("--help").Out;
        var commands = HelpCommand().Matches(help[help.IndexOf("Commands:", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToList();
        Assert.That(commands, Does.Contain("keys").And.Contain("schema"));
        foreach (var command in commands)
            Assert.That(Reference, Does.Contain($"`govreport {command}"), command);
    }

    [Test]
    public void NamesEveryTopLevelJsonField()
    {
        var fields = JsonNode.Parse(ReportSchema.Render())!["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.That(fields, Does.Contain("metric_sources"));
        foreach (var field in fields)
            Assert.That(Reference, Does.Contain($"| `{field}` |"), field);
    }

    [Test]
    public void NamesEveryCsvColumnInItsFilesRow()
    {
        var tables = GovReportParser.Writers.Dataset.DatasetTables.All.Append(GovReportParser.Writers.Dataset.DatasetTables.Panel)
            .ToDictionary(CsvDatasetWriter.FileName, t => t.ColumnNames.AsEnumerable());
        var lines = Reference.Split('\n');
        foreach (var (file, columns) in tables)
        {
            var row = lines.Single(l => l.StartsWith($"| `{file}` |", StringComparison.Ordinal));
            foreach (var column in columns)
                Assert.That(row, Does.Contain($"`{column}`"), $"{file}: {column}");
        }
    }

    [Test]
    public void KeepsTheMarkedSectionForTheDatabaseOutputs() =>
        Assert.That(Reference, Does.Contain("<!-- BEGIN database, parquet and xlsx outputs").And.Contain("<!-- END database, parquet and xlsx outputs -->"));
}
