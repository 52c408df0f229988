using System.Text.RegularExpressions;
using GovReportParser.Model;
using GovReportParser.Tests.TestSupport;

namespace GovReportParser.Tests.Extraction.Figures;

/// <summary>
/// Structured documents made from text for extractor tests, independent of the structure stage: every non-empty line a
/// paragraph, a line starting 一、 or （一） and without a full stop a heading (（一） nested under 一、).
/// </summary>
public static partial class SampleDocuments
{
    [GeneratedRegex(@"^\s*(?<top>[一二三四五六七八九十]+、)|^\s*(?<sub>[（(][一二三四五六七八九十]+[）)])")]
    private static partial Regex HeadingStart();

    public static StructuredDocument Sample(string idPrefix) => FromText(File.ReadAllText(RepoPaths.SampleTxt(idPrefix)));

    public static StructuredDocument Corpus(string relative) => FromText(File.ReadAllText(SharedCorpus.File(relative)));

    public static StructuredDocument FromText(string text)
    {
        var top = new List<Section>();
        var preamble = new List<Block>();
        Section? current = null, parent = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            var heading = HeadingStart().Match(line);
            if (heading.Success && line.Length < 40 && !line.Contains('。'))
            {
                var isTop = heading.Groups["top"].Success;
                var section = new Section
                {
                    Level = isTop ? 1 : 2, Number = heading.Value.Trim(), Title = line[heading.Length..], Heading = line,
                    Source = new Provenance(i + 1),
                };
                if (isTop || parent is null)
                {
                    top.Add(section);
                    parent = section;
                }
                else
                    parent.Children.Add(section);
                current = section;
                continue;
            }
            var block = new Block(BlockKind.Paragraph, line, line, new Provenance(i + 1));
            if (current is null)
                preamble.Add(block);
            else
                current.Blocks.Add(block);
        }
        var document = new Document(new SourceInfo("test", "txt", "utf-8", ""), []);
        return new StructuredDocument(document, top, new ReportMetadata()) { Preamble = preamble };
    }
}
