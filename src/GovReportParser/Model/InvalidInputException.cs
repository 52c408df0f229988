namespace GovReportParser.Model;

/// <summary>The input cannot be read as a report (empty, binary, undecodable, too large …). The message is the reason.</summary>
public sealed class InvalidInputException(string reason) : Exception(reason);
