using System.Diagnostics;
using NUnit.Framework;

namespace GovReportParser.Tests.TestSupport;

/// <summary>
/// Makes files unreadable and runs the command line as a user that their mode applies to. Root reads any file whatever
/// its mode, so under root (CI containers) the command runs as nobody through setpriv; elsewhere in-process.
/// </summary>
public static class UnprivilegedCli
{
    private const string SetPriv = "/usr/bin/setpriv";
    private const int Nobody = 65534;

    /// <summary>Takes every permission off a file; the test is ignored where that cannot deny a read.</summary>
    public static void MakeUnreadable(string path)
    {
        if (Environment.IsPrivilegedProcess && !File.Exists(SetPriv))
            Assert.Ignore("running as root without setpriv: no file mode can deny root a read");
        if (OperatingSystem.IsWindows())
            Assert.Ignore("file modes are a Unix notion");
        else
            File.SetUnixFileMode(path, UnixFileMode.None);
    }

    /// <summary>A test folder that the unprivileged user may enter, read and write (temporary folders are the owner's only).</summary>
    public static void OpenToAll(string directory)
    {
        if (OperatingSystem.IsWindows())
            return;
        foreach (var dir in Directory.GetDirectories(directory, "*", SearchOption.AllDirectories).Prepend(directory))
            File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
    }

    public static CliRun Run(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
            return CliRun.Of(args);
        var cli = Path.Combine(AppContext.BaseDirectory, "govreport");
        if (AsNobody("/bin/sh", "-c", $"test -x '{cli}' && test -r '{cli}.dll'").ExitCode != 0)
            Assert.Ignore($"nobody cannot run {cli} (a parent folder is private), so a file mode cannot be tested against root");
        return AsNobody(cli, args);
    }

    private static CliRun AsNobody(string program, params string[] args)
    {
        var start = new ProcessStartInfo(SetPriv)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", program }.Concat(args))
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
