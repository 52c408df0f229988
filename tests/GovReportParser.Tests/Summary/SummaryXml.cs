using System.Xml;
using System.Xml.Linq;

namespace GovReportParser.Tests.Summaries;

/// <summary>The summary page parsed as XML (it is written as well-formed XHTML): a parse error fails the test.</summary>
internal static class SummaryXml
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static IEnumerable<XElement> WithAttribute(this XDocument page, string attribute, string value) =>
        page.Descendants().Where(e => (string?)e.Attribute(attribute) == value);
}
