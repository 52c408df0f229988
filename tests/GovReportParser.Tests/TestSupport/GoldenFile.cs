using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NUnit.Framework;

namespace GovReportParser.Tests.TestSupport;

/// <summary>
/// Compares a rendering with its golden file. On a mismatch the rendering is written beside it as <c>NAME.received</c>
/// for review, and the golden file is never overwritten unless GOVREPORT_APPROVE=1 says so.
/// </summary>
public static class GoldenFile
{
    /// <summary>GOVREPORT_APPROVE=1: golden files are rewritten with the fresh renderings (review the diff).</summary>
    public const string ApproveVariable = "GOVREPORT_APPROVE";

    public static bool Approving { get; } = Environment.GetEnvironmentVariable(ApproveVariable) == "1";

    /// <summary>The rendering golden files hold: indented JSON with Chinese kept as written, one final newline.</summary>
    public static string Json(object value) => JsonSerializer.Serialize(value,
        new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }) + "\n";

    public static void Verify(string goldenPath, string actual) =>
        Verify(goldenPath, actual, Path.ChangeExtension(goldenPath, ".received"), Approving);

    /// <param name="received">Where a mismatching rendering is written.</param>
    /// <param name="approving">Whether the golden file is to be rewritten with <paramref name="actual"/>.</param>
    public static void Verify(string goldenPath, string actual, string received, bool approving)
    {
        if (approving)
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(false));
        var expected = File.Exists(goldenPath) ? File.ReadAllText(goldenPath) : "";
        if (actual == expected)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.That(actual, Is.EqualTo(expected), $"differs from {goldenPath}; see {received}");
    }
}
