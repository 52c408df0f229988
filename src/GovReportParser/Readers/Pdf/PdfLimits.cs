namespace GovReportParser.Readers.Pdf;

/// <summary>
/// What one PDF may cost before it is refused. The limits sit far above any report (a 年报汇编 compilation has a few
/// thousand pages; a dense page decodes to a few hundred kilobytes of content) and far below what exhausts a worker.
/// </summary>
internal static class PdfLimits
{
    /// <summary>More pages than this and the file is refused before any page is read.</summary>
    public const int MaxPages = 10_000;

    /// <summary>
    /// Decoded content (page content streams and the Form XObjects they draw, each drawing counted) per page, in bytes:
    /// it bounds the operators and letters PdfPig builds for one page (a few hundred bytes of memory each, and text can
    /// spend one byte per letter), and so its memory. A dense report page has some tens of kilobytes.
    /// </summary>
    public const long MaxContentBytesPerPage = 4L * 1024 * 1024;

    /// <summary>Any other stream (fonts, images, object streams) decoded, in bytes.</summary>
    public const long MaxStreamBytes = 64L * 1024 * 1024;
}
