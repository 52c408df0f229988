using UglyToad.PdfPig;

namespace GovReportParser.Readers.Pdf;

/// <summary>The document information dictionary: the title as a hint for the report title, the other fields as container metadata.</summary>
internal sealed record PdfInfo(string? Title, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The info dictionary, or nothing when it is damaged: it is a hint, never a reason to refuse the file.</summary>
    public static PdfInfo TryRead(PdfDocument pdf)
    {
        try
        {
            return Read(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PdfInfo(null, new Dictionary<string, string>());
        }
    }

    private static PdfInfo Read(PdfDocument pdf)
    {
        var info = pdf.Information;
        var fields = new Dictionary<string, string>();
        Add(fields, "author", info.Author);
        Add(fields, "subject", info.Subject);
        Add(fields, "keywords", info.Keywords);
        Add(fields, "creator", info.Creator);
        Add(fields, "producer", info.Producer);
        Add(fields, "created", info.GetCreatedDateTimeOffset()?.ToString("yyyy-MM-ddTHH:mm:sszzz") ?? info.CreationDate);
        Add(fields, "modified", info.GetModifiedDateTimeOffset()?.ToString("yyyy-MM-ddTHH:mm:sszzz") ?? info.ModifiedDate);
        fields["pages"] = pdf.NumberOfPages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var title = info.Title?.Trim();
        return new PdfInfo(string.IsNullOrEmpty(title) ? null : title, fields);
    }

    private static void Add(Dictionary<string, string> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            fields[key] = value.Trim();
    }
}
