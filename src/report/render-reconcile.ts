// The reconciliation as data: one row per unit and leaf the appraisal changed, columns
// `unit,name,code,title,self,appraised,change`. A leaf excluded as not applicable on one side
// has an empty cell (null in JSON) there; its change counts it as 0 points.
import type { CriteriaSet } from '../criteria/model.js';
import type { ReconciledUnit } from '../scoring/reconcile-units.js';
import { csvCells, neutralizeCell } from './csv-cells.js';
import { renderCsvTable } from './render-csv.js';
import { toJsonNumber, type JsonMeta } from './render-json.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';

export const RECONCILE_COLUMNS = ['unit', 'name', 'code', 'title', 'self', 'appraised', 'change'] as const;

/** The rows under RECONCILE_COLUMNS, as text (`safe` neutralises what a spreadsheet would run as a formula). */
export function reconcileRows(units: readonly ReconciledUnit[], f: NumberFormat, safe: (s: string) => string = neutralizeCell): string[][] {
  return units.flatMap((u) => u.rows.map((r) => [safe(u.unit), safe(u.name), r.leaf.code, safe(r.leaf.title), formatNumber(r.self, f), formatNumber(r.appraised, f), formatNumber(r.change, f)]));
}

export function renderReconcileCsv(units: readonly ReconciledUnit[], f: NumberFormat): string {
  return renderCsvTable([...RECONCILE_COLUMNS], reconcileRows(units, f, (s) => s).map(csvCells), f.mark);
}

export function renderReconcileJson(criteria: CriteriaSet, units: readonly ReconciledUnit[], meta: JsonMeta): string {
  const p = criteria.precision;
  const rows = units.flatMap((u) =>
    u.rows.map((r) => ({
      unit: u.unit,
      name: u.name,
      code: r.leaf.code,
      title: r.leaf.title,
      self: toJsonNumber(r.self, p),
      appraised: toJsonNumber(r.appraised, p),
      change: toJsonNumber(r.change, p),
    })),
  );
  const doc = { meta: { criteria: { id: criteria.id, version: criteria.version, title: criteria.title }, precision: p, ...meta }, rows };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
