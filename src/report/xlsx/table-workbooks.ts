// reconcile, compare and explain as workbooks: the tables their CSV or their report shows, with
// numbers as numbers, then the legend sheet with the inputs' SHA-256.
import type { CriteriaSet } from '../../criteria/model.js';
import type { ComparedUnit } from '../../scoring/compare-rankings.js';
import type { ReconciledUnit } from '../../scoring/reconcile-units.js';
import type { Lang } from '../messages/index.js';
import { COMPARE_COLUMNS, compareRows } from '../render-compare.js';
import { reconcileColumns, reconcileRows } from '../render-reconcile.js';
import type { Findings } from '../../sheets/finding.js';
import type { TextReport } from '../render-sections.js';
import { legendSheet, type WorkbookInput } from './legend-sheet.js';
import { xlsxText } from './report-texts-xlsx.js';
import { numOrText, type SheetModel, type WorkbookModel } from './workbook-model.js';

interface Common {
  lang: Lang;
  inputs: readonly WorkbookInput[];
  date?: string;
}

const asIs = (s: string) => s;

/** A table whose numeric columns (decimals given) hold numbers written with a point. */
function tableSheet(name: string, header: readonly string[], rows: string[][], decimals: (number | undefined)[]): SheetModel {
  return {
    name,
    headerRows: 1,
    columns: header.map((h, k) => ({ header: h, ...(decimals[k] === undefined ? {} : { decimals: decimals[k] }) })),
    rows: rows.map((r) => r.map((c, k) => (decimals[k] === undefined ? c : numOrText(c)))),
  };
}

const withLegend = (o: Common, sheets: SheetModel[], criteria?: CriteriaSet): WorkbookModel => ({
  ...(o.date ? { date: o.date } : {}),
  sheets: [...sheets, legendSheet(o.lang, { columns: [], ...(criteria ? { criteria } : {}), inputs: o.inputs, ...(o.date ? { date: o.date } : {}) })],
});

/** With remarks on criteria given, the CSV's `note` column last. */
export function reconcileWorkbook(criteria: CriteriaSet, units: readonly ReconciledUnit[], o: Common, findings?: Findings): WorkbookModel {
  const p = criteria.precision;
  const rows = reconcileRows(units, { precision: p, mark: '.' }, asIs, findings);
  return withLegend(o, [tableSheet(xlsxText(o.lang).reconcile, reconcileColumns(findings), rows, [undefined, undefined, undefined, undefined, p, p, p])], criteria);
}

export function compareWorkbook(rows: readonly ComparedUnit[], places: number, o: Common): WorkbookModel {
  const text = compareRows(rows, { precision: places, mark: '.' }, asIs);
  return withLegend(o, [tableSheet(xlsxText(o.lang).compare, COMPARE_COLUMNS, text, [undefined, undefined, 0, 0, 0, places, places, places])]);
}

/** A report for people (explain's): one sheet per section, its numeric columns as numbers. */
export function sectionsWorkbook(report: TextReport, o: Common, criteria?: CriteriaSet): WorkbookModel {
  const sheets = report.sections
    .filter((s) => s.header.length > 0)
    .map((s) => {
      const rows = s.rows.map((r) => r.map((c) => c.trim()));
      // A column's decimals: the most its numbers show (a rank shows none, points the set's precision).
      const decimals = s.numeric.map((n, k) => (n ? Math.max(0, ...rows.map((r) => /\.(\d+)$/.exec(r[k] ?? '')?.[1]?.length ?? 0)) : undefined));
      return tableSheet(s.heading ?? report.title, s.header, rows, decimals);
    });
  return { ...withLegend(o, sheets, criteria), title: report.title };
}
