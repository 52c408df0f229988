namespace GovReportParser.Model;

/// <summary>A finding about the input that did not stop the parse (lost characters, ambiguous cells, …).</summary>
public sealed record Warning(string Code, string Message, int? Line = null);

/// <summary>Collects warnings across stages; one per parse, not shared between parses.</summary>
public sealed class Diagnostics
{
    private readonly List<Warning> _warnings = [];

    public IReadOnlyList<Warning> Warnings => _warnings;

    public void Warn(string code, string message, int? line = null) => _warnings.Add(new Warning(code, message, line));
}
