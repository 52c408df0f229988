namespace GovReportParser.Cli;

/// <summary>The contract's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>A file failed to parse, or a report failed a check.</summary>
    public const int Failed = 1;
    public const int Usage = 2;
}
