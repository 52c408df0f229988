namespace GovReportParser.Summaries;

/// <summary>
/// The page's only style sheet, inline. Fonts are the reader's own: a stack of the CJK system fonts of Windows, macOS,
/// Android and Linux, nothing downloaded. Tables scroll sideways on a narrow screen; print drops the navigation, keeps
/// charts and table rows whole and prints colours as shown.
/// </summary>
internal static class SummaryStyle
{
    public const string Css = """
        :root { --ink: #1d2430; --muted: #5b6573; --rule: #d5dae1; --fail: #b3261e; --review: #a15c00; --ok: #1b6e3a; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1180px; padding: 16px 20px 40px; color: var(--ink); background: #fff; line-height: 1.5;
          font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif; font-size: 15px; }
        h1 { font-size: 1.5rem; margin: 0.2em 0 0.1em; }
        h2 { font-size: 1.2rem; margin: 1.6em 0 0.4em; padding-bottom: 0.2em; border-bottom: 2px solid var(--rule); }
        h3 { font-size: 1rem; margin: 1.1em 0 0.3em; }
        p.lead, p.note { color: var(--muted); margin: 0.2em 0 0.6em; }
        nav { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 6px 0; border-bottom: 1px solid var(--rule); }
        nav a { color: var(--accent); text-decoration: none; }
        a { color: var(--accent); }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.3em 0 0.8em; font-size: 0.9rem; }
        th, td { border: 1px solid var(--rule); padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f5f8; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.detail { max-width: 36em; overflow-wrap: anywhere; }
        td.file { overflow-wrap: anywhere; max-width: 22em; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 0.6em 0; }
        .card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 9em; }
        .card .count { display: block; font-size: 1.6rem; font-weight: 700; }
        .card.failed .count { color: var(--fail); }
        .card.parsed .count { color: var(--ok); }
        .fail { color: var(--fail); font-weight: 600; }
        .review { color: var(--review); font-weight: 600; }
        table.heat td.n { min-width: 3.2em; }
        table.heat th.row-label { max-width: 24em; font-weight: 500; }
        .agencies { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 8px 18px; }
        figure.agency { margin: 0; padding: 6px 0; border-top: 1px solid var(--rule); break-inside: avoid; }
        figure.agency figcaption { font-weight: 600; }
        .multiples { display: flex; flex-wrap: wrap; gap: 2px 6px; }
        .multiple { font-size: 0.8rem; color: var(--muted); }
        svg.chart { display: block; font-family: inherit; }
        svg.chart .plot { fill: #fafbfc; stroke: var(--rule); }
        svg.chart .missing { fill: #eceff3; }
        svg.chart .grid { stroke: var(--rule); stroke-width: 0.6; }
        svg.chart .tick { font-size: 9px; fill: var(--muted); }
        svg.chart .line { stroke: var(--accent); stroke-width: 1.6; }
        svg.chart .line.bridged { stroke-dasharray: 3 3; }
        svg.chart .point { fill: var(--accent); }
        svg.chart .mark.jump { fill: none; stroke: var(--review); stroke-width: 1.8; }
        svg.chart .mark.carry { fill: var(--fail); }
        svg.chart .mark.duplicate { fill: #6a3d9a; }
        .legend span { margin-right: 1.2em; }
        .legend .jump { color: var(--review); } .legend .carry { color: var(--fail); } .legend .duplicate { color: #6a3d9a; }
        @media (max-width: 700px) { body { padding: 10px; font-size: 14px; } .agencies { grid-template-columns: 1fr; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          tr, figure.agency, .card { break-inside: avoid; }
          .scroll { overflow: visible; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
