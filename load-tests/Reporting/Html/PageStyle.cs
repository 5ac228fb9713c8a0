namespace Mooc.LoadTests.Reporting.Html;

/// <summary>The page's only stylesheet, inlined so report.html opens offline; no url(), no imports.</summary>
public static class PageStyle
{
    public const string Css = """
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #eef0f3; color: #1f2328; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1080px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        .subtitle { color: #59636e; margin: 0 0 16px; }
        .headline { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; padding: 0; list-style: none; }
        .headline li { flex: 1 1 120px; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; background: #f6f8fa; }
        .headline .label { display: block; font-size: 12px; color: #59636e; text-transform: uppercase; letter-spacing: 0.03em; }
        .headline .value { display: block; font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
        .headline .detail { display: block; font-size: 12px; color: #59636e; }
        .headline li.good { border-color: #1a7f37; background: #dafbe1; }
        .headline li.bad { border-color: #cf222e; background: #ffebe9; }
        .headline li.warn { border-color: #9a6700; background: #fff8c5; }
        .good { color: #1a7f37; }
        .bad { color: #cf222e; }
        .warn { color: #9a6700; }
        .muted, .no-data { color: #59636e; }
        .no-data { font-style: italic; margin: 0 0 16px; }
        table { border-collapse: collapse; margin: 0 0 16px; font-variant-numeric: tabular-nums; }
        th, td { padding: 4px 12px 4px 8px; border-bottom: 1px solid #e1e4e8; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; border-bottom-color: #d0d7de; }
        td.num, th.num { text-align: right; }
        td.good, td.bad { font-weight: 600; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 0 32px; }
        .columns h2 { margin-top: 24px; }
        figure { margin: 0 0 24px; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 960px; }
        svg.chart text { font-family: inherit; font-size: 12px; fill: #444c56; }
        svg.chart .axis-title { font-size: 12px; fill: #1f2328; }
        svg.chart .gridline { stroke: #e6e8eb; stroke-width: 1; }
        svg.chart .axis { stroke: #8c959f; stroke-width: 1; }
        ul.findings li { margin-bottom: 2px; }
        pre { white-space: pre-wrap; font-size: 12px; background: #f6f8fa; padding: 8px; max-height: 240px; overflow: auto; }
        @media print {
          body { background: #fff; font-size: 11px; }
          main { max-width: none; padding: 0; }
          figure, table, .headline { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
        }
        """;
}
