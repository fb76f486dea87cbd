// The report's inline style: readable on screen, and on paper (A4) with its colours kept, table
// heads repeated on each page, no row split across pages, page numbers in the page's bottom
// margin (CSS page margin boxes), and borders drawn by each cell (border-collapse: separate), so
// that a table broken across pages keeps whole borders on both sides of the break.
export const HTML_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 198mm; padding: 12mm 6mm; font: 10.5pt/1.4 "Times New Roman", "Liberation Serif", "Noto Serif", serif; color: #1d1d1f; background: #fff; }
h1 { font-size: 14pt; margin: 6mm 0 1mm; text-align: center; text-transform: uppercase; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p.subtitle { text-align: center; margin: 0 0 4mm; font-style: italic; }
p.source { font-size: 8.5pt; color: #555; margin: 0 0 2mm; }
p.note { font-size: 9pt; color: #555; font-style: italic; }
p.formula { margin: 0 0 1.5mm; }
p.summary { margin: 1.5mm 0 0; font-size: 9.5pt; }
ul.lower { margin: 0; padding-left: 6mm; columns: 2; font-size: 9pt; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 8.5pt; }
th, td { border-right: 1px solid #b8b8b8; border-bottom: 1px solid #b8b8b8; padding: 0.6mm 1.2mm; vertical-align: top; }
tr > :first-child { border-left: 1px solid #b8b8b8; }
thead tr:first-child > *, table:not(:has(thead)) tbody tr:first-child > * { border-top: 1px solid #b8b8b8; }
td.t { white-space: nowrap; }
td.name { min-width: 27mm; }
table.bands, table.stats, table.info, table.legend-fields { width: auto; min-width: 60%; }
th { background: #eef1f5; font-weight: 600; text-align: left; }
table.info th, table.stats th { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
td.hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; word-break: break-all; }
tr { break-inside: avoid; }
table.bands, table.stats, table.info { break-inside: avoid; }
thead { display: table-header-group; }
table.letterhead { width: 100%; }
table.letterhead td { border: none; text-align: center; font-size: 10.5pt; padding: 0; vertical-align: top; }
table.letterhead td.issuer { width: 42%; }
table.letterhead td.place { padding-top: 2mm; }
span.rule { display: block; width: 30%; margin: 0.8mm auto 0; border-top: 1px solid #000; }
td.motto span.rule { width: 50%; }
div.signature { margin: 8mm 0 0 auto; width: 50%; text-align: center; break-inside: avoid; }
div.signature p { margin: 0; }
div.signature p.name { margin-top: 20mm; }
i.hint { font-size: 9pt; font-weight: normal; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.5mm; vertical-align: -0.3mm; border-radius: 0.5mm; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; fill: #1d1d1f; }
.legend { font-size: 8.5pt; color: #444; margin-top: 1.5mm; }
.legend span.cell { display: inline-block; padding: 0 2mm; margin-right: 1mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4 portrait; margin: 14mm 12mm 16mm; @bottom-center { content: "${'{{PAGE}}'} " counter(page) " / " counter(pages); font: 9pt "Times New Roman", "Liberation Serif", serif; color: #444; } }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { margin-top: 5mm; }
  section.chart { break-inside: avoid; }
}
`;

/** The style with the page-number label in the report's language (`Trang 2 / 5`). */
export const htmlStyle = (page: string): string => HTML_STYLE.replace('{{PAGE}}', page.replaceAll('"', ''));
