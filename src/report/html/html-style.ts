// The report's inline style: readable on screen, and on paper (A4) with its colours kept,
// table heads repeated on each page and no row split across pages.
export const HTML_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 198mm; padding: 12mm 6mm; font: 10.5pt/1.4 "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: #1d1d1f; background: #fff; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; break-after: avoid; }
p.meta { margin: 0 0 1mm; color: #444; }
p.source { font-size: 8.5pt; color: #666; margin: 0 0 2mm; }
p.note { font-size: 9pt; color: #555; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 1px solid #c8c8c8; padding: 0.6mm 1.2mm; vertical-align: top; }
td.t { white-space: nowrap; }
td.name { min-width: 27mm; }
table.bands { width: auto; min-width: 60%; }
th { background: #eef1f5; font-weight: 600; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
td.hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; word-break: break-all; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.5mm; vertical-align: -0.3mm; border-radius: 0.5mm; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; fill: #1d1d1f; }
.legend { font-size: 8.5pt; color: #444; margin-top: 1.5mm; }
.legend span.cell { display: inline-block; padding: 0 2mm; margin-right: 1mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4 portrait; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { margin-top: 5mm; }
  section.chart { break-inside: avoid; }
}
`;
