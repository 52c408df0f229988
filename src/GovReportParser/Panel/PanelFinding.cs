namespace GovReportParser.Panel;

/// <summary>One side of a panel finding: a report's year, its file and the number it states (when the rule compares numbers).</summary>
public sealed record PanelSide(int Year, string File, string? Json, decimal? Value);

/// <summary>
/// One result of a rule across reports (<c>panel.carry_over.total</c>, <c>panel.jump.t3.new_received.total</c>,
/// <c>panel.gap</c>, <c>panel.duplicate</c>), with both sides. <see cref="Ok"/> false with severity
/// <see cref="PanelSeverity.Review"/> is a finding to look at, not a failure.
/// </summary>
public sealed record PanelFinding(string Agency, string? Region, string Rule, bool Ok, PanelSeverity Severity, PanelSide Earlier, PanelSide Later, string Detail)
{
    /// <summary>Failed and meant to fail a gate: a broken carry-over, or one report published with two sets of numbers.</summary>
    public bool Fails => !Ok && Severity == PanelSeverity.Failure;
}

public enum PanelSeverity
{
    /// <summary>The template's identity does not hold, or a report exists twice with different numbers.</summary>
    Failure,

    /// <summary>Unusual, worth a look, possibly right: a tenfold jump, a missing year.</summary>
    Review,
}
