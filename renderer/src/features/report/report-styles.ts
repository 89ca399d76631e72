// The report's stylesheet, screen and print (A4, a page per candidate, black on white). It is a
// string, not a .css file, because the CLI inlines it into a standalone HTML file from Node, where
// CSS imports do not load; the app adopts the same text as a constructed stylesheet (CSP-safe).

/** The report's CSS: every rule is scoped to `.report-document` or the print root. */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm; }
.report-document { font: 10.5pt/1.45 "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #000; background: #fff; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
.report-document h1 { font-size: 20pt; margin: 0 0 4pt; }
.report-document h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #000; padding-bottom: 2pt; }
.report-document h3 { font-size: 12pt; margin: 12pt 0 4pt; }
.report-document h4 { font-size: 10.5pt; margin: 10pt 0 3pt; }
.report-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; margin: 0; }
.report-header p { margin: 2pt 0; overflow-wrap: anywhere; }
.report-id, .report-note { color: #333; }
.report-note { font-style: italic; }
.report-table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9pt; }
.report-table caption { text-align: left; font-weight: 600; padding-bottom: 3pt; }
.report-table th, .report-table td { border: 0.5pt solid #555; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.report-table thead th { background: #e8e8e8; }
.report-table .row--divergent th, .report-table .row--divergent td { background: #f0f0f0; }
.report-flag { font-weight: 400; font-style: italic; }
.report-hash, .report-fingerprint { font-family: "Noto Sans Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; overflow-wrap: anywhere; }
.report-facts { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 6pt 0; }
.report-facts > div { display: contents; }
.report-facts dt { font-weight: 600; }
.report-facts dd { margin: 0; }
.report-figure { margin: 8pt 0 12pt; }
.report-chart { display: block; max-width: 100%; height: auto; break-inside: avoid; break-after: avoid; }
.report-caption { font-size: 9pt; margin-top: 3pt; }
.report-chart text { fill: #000; font-family: inherit; }
.report-chart svg { overflow: visible; }
.report-chart .chart-divergent-band { fill: #e6e6e6; }
.report-chart .chart-range, .report-chart .chart-whisker { stroke: #000; }
.report-chart .chart-mean { stroke: #000; }
.report-chart .chart-dot { fill: #fff; stroke: #000; stroke-width: 1.2; }
.report-chart .chart-consensus { fill: #000; }
.report-chart .chart-bar { fill: #bdbdbd; }
.report-chart .chart-cell { stroke: #fff; }
.report-chart text.chart-cell-text--on-dark { fill: #fff; }
.report-chart .visx-axis-line, .report-chart .visx-axis-tick line { stroke: #000; }
.report-evidence { margin: 4pt 0; font-size: 9.5pt; }
.report-evidence dt { font-weight: 600; margin-top: 4pt; }
.report-evidence dd { margin: 1pt 0 1pt 10pt; }
.report-evidence__who { font-weight: 600; }
.report-rationale { white-space: pre-wrap; }
.report-candidate { break-before: page; }
.report-candidate h3 { font-size: 14pt; }
.report-section { break-inside: auto; }
.report-section h2, .report-section h3, .report-section h4 { break-after: avoid; }
.report-table tr { break-inside: avoid; }
.report-print-root { position: fixed; inset: 0; z-index: 1000; overflow: auto; background: #fff; color: #000; }
.report-toolbar { position: sticky; top: 0; display: flex; gap: 8px; align-items: center; justify-content: flex-end; padding: 8px 16px; background: #f4f4f4; border-bottom: 1px solid #999; }
.report-toolbar__status { margin-right: auto; }
@media print {
  html, body { background: #fff !important; }
  body.report-open > :not(.report-print-root) { display: none !important; }
  .report-print-root { position: static; overflow: visible; }
  .report-toolbar { display: none !important; }
  .report-document { max-width: none; padding: 0; }
  .report-table thead { display: table-header-group; }
  a { color: #000; text-decoration: none; }
}
`;
