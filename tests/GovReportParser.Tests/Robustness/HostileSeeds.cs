using GovReportParser.Tests.Hostile;
using GovReportParser.Tests.Readers.Docx;

namespace GovReportParser.Tests.Robustness;

/// <summary>
/// The structural attacks the fuzz test mixes in beside byte damage, made once at test time: PDF reference cycles (the
/// PDF tests' generators), deep nesting of HTML elements and of Word runs, and compressed bombs in .docx (honest and
/// lying headers). Each is a file as a crawler could hand it over.
/// </summary>
internal static class HostileSeeds
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> Seeds = new(Make);

    public static IReadOnlyList<(string Name, byte[] Bytes)> All => Seeds.Value;

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    private static IReadOnlyList<(string Name, byte[] Bytes)> Make()
    {
        var bomb = HostileDocx.Bomb(1024L * BoundedParse.MiB);
        return
        [
            ("resources-cycle.pdf", HostilePdfs.ResourcesCycle()),
            ("mediabox-cycle.pdf", HostilePdfs.MediaBoxCycle()),
            ("inherited-mediabox-cycle.pdf", HostilePdfs.InheritedMediaBoxCycle()),
            ("form-cycle.pdf", HostilePdfs.FormCycle()),
            ("nested-divs.html", Nested("div", 20_000)),
            ("nested-spans.html", Nested("span", 20_000)),
            ("nested-tables.html", Nested("table", 5_000)),
            ("nested-formatting.html", Nested("b", 10_000)),
            ("nested-runs.docx", HostileDocx.NestedRuns(20_000, "本年收到依申请公开信息五条。")),
            ("bomb.docx", bomb),
            ("lying-bomb.docx", HostileDocx.LyingBomb(bomb, declaredBytes: 4096)),
        ];
    }

    private static byte[] Nested(string tag, int depth) => HostileHtml.NestedBytes(tag, depth, "<p>本年收到依申请公开信息五条。</p>");
}
