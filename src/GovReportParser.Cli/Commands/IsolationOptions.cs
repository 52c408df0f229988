using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using GovReportParser.Batch;

namespace GovReportParser.Cli.Commands;

/// <summary>
/// The options <c>batch</c> and <c>check</c> share for worker isolation: <c>--isolation process|none</c>,
/// <c>--timeout SECONDS</c> and <c>--memory-limit SIZE</c> (bytes, or with K, M, G: powers of 1024).
/// </summary>
internal sealed partial class IsolationOptions
{
    public Option<string> Isolation { get; } = new("--isolation")
    {
        Description = "process (default): each file parsed in a worker process under the limits; none: in this process, no limits",
        DefaultValueFactory = _ => "process",
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds one file may take (default 60)",
        DefaultValueFactory = _ => WorkerSettings.DefaultTimeout.TotalSeconds,
    };

    public Option<string> MemoryLimit { get; } = new("--memory-limit")
    {
        Description = "Heap limit of each worker: bytes, or with K, M or G (default 2G)",
        DefaultValueFactory = _ => "2G",
    };

    public IsolationOptions() => Isolation.AcceptOnlyFromAmong("process", "none");

    public void AddTo(Command command)
    {
        command.Options.Add(Isolation);
        command.Options.Add(Timeout);
        command.Options.Add(MemoryLimit);
    }

    public const string Usage = "--timeout takes seconds above 0; --memory-limit a size such as 512M or 2G (at least 64M)";

    // Below this a worker cannot hold the runtime and the parser's dictionaries.
    private const long MinimumMemoryBytes = 64L << 20;

    /// <summary>The worker settings asked for; null for --isolation none. False when a value is not usable.</summary>
    public bool TryRead(ParseResult result, out WorkerSettings? settings)
    {
        settings = null;
        var seconds = result.GetValue(Timeout);
        var memory = ParseSize(result.GetValue(MemoryLimit)!);
        if (!(seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2) || memory is not >= MinimumMemoryBytes)
            return false;
        if (result.GetValue(Isolation) == "none")
            return true;
        settings = new WorkerSettings(WorkerCommand.Self()) { Timeout = TimeSpan.FromSeconds(seconds), MemoryLimitBytes = memory.Value };
        return true;
    }

    [GeneratedRegex("^([0-9]+)([KMG]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();

    private static long? ParseSize(string text)
    {
        var m = SizePattern().Match(text.Trim());
        if (!m.Success || !long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        var shift = m.Groups[2].Value.ToUpperInvariant() switch { "K" => 10, "M" => 20, "G" => 30, _ => 0 };
        return number > long.MaxValue >> shift ? null : number << shift;
    }
}
