using System.Diagnostics;
using NUnit.Framework;

namespace GovReportParser.Tests.Summaries;

/// <summary>
/// Debian's chromium, headless, as CI installs it (.ci/run): one run per call with a fresh profile folder, nothing
/// fetched (no component updates, sync or background networking). Ignores the calling test when it is not installed.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    // Generous, against a hang only: a page of this size renders in a second or two.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static void RequireInstalled()
    {
        if (!File.Exists(Path))
            Assert.Ignore($"{Path} is absent (.ci/run installs Debian's chromium); the browser test needs it");
    }

    /// <summary>Runs chromium on a page with extra arguments; returns stdout and stderr.</summary>
    public static (string Out, string Error) Run(string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("govreport-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
            }.Concat(arguments).Append(new Uri(page).AbsoluteUri))
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout}");
            }
            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
