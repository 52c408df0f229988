using GovReportParser.Model;

namespace GovReportParser.Normalisation;

/// <summary>Thresholds for calling a document traditional.</summary>
/// <param name="TraditionalShare">
/// Share of Han characters that must be traditional-only. Traditional prose runs at 20–30 %; simplified text has
/// almost none (a quoted 乾隆 or a name), so 5 % separates them with room on both sides.
/// </param>
/// <param name="MinimumTraditionalCharacters">Below this many traditional-only characters a document is never called traditional.</param>
public sealed record ScriptDetectionOptions(double TraditionalShare = 0.05, int MinimumTraditionalCharacters = 3)
{
    public static ScriptDetectionOptions Default { get; } = new();
}

/// <summary>Decides the script of a document by the share of its Han characters that only traditional text uses.</summary>
public sealed class ScriptDetector(TraditionalToSimplified converter, ScriptDetectionOptions options)
{
    public const string Traditional = "traditional";
    public const string Simplified = "simplified";

    public static ScriptDetector Default { get; } = new(TraditionalToSimplified.Default, ScriptDetectionOptions.Default);

    public string Detect(IEnumerable<string> texts)
    {
        long han = 0, traditional = 0;
        foreach (var text in texts)
            foreach (var c in text)
                if (Han.Is(c))
                {
                    han++;
                    if (converter.IsTraditionalOnly(c))
                        traditional++;
                }
        return traditional >= options.MinimumTraditionalCharacters && traditional >= options.TraditionalShare * han
            ? Traditional
            : Simplified;
    }

    public string Detect(Document document) => Detect(document.Blocks.Select(b => b.Text));
}
