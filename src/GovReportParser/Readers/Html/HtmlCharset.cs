using System.Text;
using System.Text.RegularExpressions;
using GovReportParser.Model;

namespace GovReportParser.Readers.Html;

/// <summary>
/// Decides how the bytes of a saved web page are encoded: a BOM first, then a <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv</c> declaration (labels resolved the WHATWG way, so <c>gb2312</c>/<c>gbk</c> read as GB18030), then the
/// txt reader's detector. AngleSharp alone decodes an undeclared GBK page as UTF-8 mojibake, and saved pages are often
/// undeclared or mis-declared, so a declaration is believed only when the bytes are valid in it: a page that declares
/// UTF-8 but is not, or declares a legacy Chinese charset but is multibyte UTF-8, goes to the detector, and so does a
/// page declaring a single-byte charset (which any bytes are valid in) whose bytes read as Chinese text.
/// </summary>
internal static partial class HtmlCharset
{
    /// <summary>Browsers prescan 1,024 bytes; CMS heads are often longer, and a late declaration is still a declaration.</summary>
    private const int PrescanBytes = 8192;

    public static DecodedText Decode(byte[] bytes)
    {
        EncodingSetup.Register();
        if (bytes.Length == 0)
            throw new InvalidInputException("empty file");
        if (!HasByteOrderMark(bytes) && Declared(bytes) is { } declared && !IsHanTextMisdeclared(bytes, declared)
            && TryDecodeStrict(bytes, declared) is { } text)
            return new DecodedText(text, NameOf(declared), 1);
        return EncodingDetector.Decode(bytes);
    }

    /// <summary>The encoding a meta declaration names, or null when there is none or the label is unknown.</summary>
    internal static Encoding? Declared(byte[] bytes)
    {
        EncodingSetup.Register();
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        foreach (Match m in MetaCharset().Matches(head))
            if (Resolve(m.Groups["label"].Value) is { } encoding)
                return encoding;
        return null;
    }

    /// <summary>
    /// WHATWG label resolution for the labels Chinese pages use, done here rather than through AngleSharp's table,
    /// which is built once per process and silently lacks GB18030 if anything touched it before the code-page
    /// provider was registered.
    /// </summary>
    private static Encoding? Resolve(string label)
    {
        label = label.Trim().ToLowerInvariant();
        if (GbLabels.Contains(label))
            return Encoding.GetEncoding("GB18030");
        if (Big5Labels.Contains(label))
            return Encoding.GetEncoding("big5");
        try
        {
            var encoding = Encoding.GetEncoding(label);
            // A meta can never switch to UTF-16 (the prescan read it as ASCII): WHATWG says it means UTF-8.
            return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static readonly HashSet<string> GbLabels =
        ["gb2312", "gbk", "x-gbk", "gb18030", "csgb2312", "chinese", "gb_2312", "gb_2312-80", "iso-ir-58", "csiso58gb231280", "cp936", "ms936", "windows-936"];

    private static readonly HashSet<string> Big5Labels = ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"];

    private static string? TryDecodeStrict(byte[] bytes, Encoding declared)
    {
        if (declared.CodePage != Encoding.UTF8.CodePage && IsMultibyteUtf8(bytes))
            return null;
        var strict = Encoding.GetEncoding(declared.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A single-byte charset declared over bytes that read as Chinese text: GBK pages declaring iso-8859-1 exist.</summary>
    private static bool IsHanTextMisdeclared(byte[] bytes, Encoding declared) =>
        declared.IsSingleByte && EncodingDetector.ReadsAsHanText(bytes);

    private static bool IsMultibyteUtf8(byte[] bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) && bytes.Any(b => b >= 0x80);

    private static bool HasByteOrderMark(byte[] b) =>
        b is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x84, 0x31, 0x95, 0x33, ..];

    /// <summary>Lower-case web name, as the txt detector records it ("utf-8", "gb18030", "big5").</summary>
    private static string NameOf(Encoding encoding) => encoding.WebName.ToLowerInvariant();

    // <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<label>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
