using System.Text;

namespace GovReportParser.Readers;

/// <summary>Registers the in-box code-page provider (GB18030, GBK, Big5) once per process.</summary>
public static class EncodingSetup
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }
}
