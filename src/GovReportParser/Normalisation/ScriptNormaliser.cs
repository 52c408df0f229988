using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>
/// Records the source script in <see cref="Document.Script"/> and converts a traditional document to simplified.
/// Simplified documents pass through untouched: converting them would only risk OpenCC's rare one-to-many mistakes.
/// </summary>
public sealed class ScriptNormaliser(ScriptDetector detector, TraditionalToSimplified converter) : INormaliser
{
    public static ScriptNormaliser Default { get; } = new(ScriptDetector.Default, TraditionalToSimplified.Default);

    public Document Normalise(Document document, Diagnostics diagnostics)
    {
        var script = detector.Detect(document);
        if (script != ScriptDetector.Traditional)
            return document with { Script = ScriptDetector.Simplified };
        return document.RewriteTexts(b => converter.Convert(b.Text)) with
        {
            Script = ScriptDetector.Traditional,
            // Structure reads the container's title and metadata too: they must be in the same script as the body.
            TitleHint = document.TitleHint is { } title ? converter.Convert(title) : null,
            ContainerMetadata = document.ContainerMetadata.ToDictionary(kv => kv.Key, kv => converter.Convert(kv.Value)),
        };
    }
}
