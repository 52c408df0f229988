namespace GovReportParser.Normalisation;

/// <summary>What counts as a Han character for normalisation: CJK Unified Ideographs, Extension A and the compatibility block.</summary>
internal static class Han
{
    /// <summary>The same ranges as a regex character-class body, for patterns.</summary>
    public const string Class = @"\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF";

    public static bool Is(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
