// The reconciliation as data: one row per unit and leaf the appraisal changed, columns
// `unit,name,code,title,self,appraised,change`, and `note` (the appraisal's remarks on the cell:
// why it changed) when remarks were given. A leaf excluded as not applicable on one side has an
// empty cell (null in JSON) there; its change counts it as 0 points.
import type { CriteriaSet } from '../criteria/model.js';
import type { ReconciledUnit } from '../scoring/reconcile-units.js';
import { csvCells, neutralizeCell } from './csv-cells.js';
import { renderCsvTable } from './render-csv.js';
import { toJsonNumber, type JsonMeta, jsonText } from './render-json.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';
import type { Findings } from '../sheets/finding.js';
import { findingJson, findingsOf, remarksCell } from './findings-json.js';

export const RECONCILE_COLUMNS = ['unit', 'name', 'code', 'title', 'self', 'appraised', 'change'] as const;

/** With remarks on criteria given (--findings, or a long scores sheet's notes), `note` after `change` (contract §5). */
export const reconcileColumns = (findings?: Findings): string[] => [...RECONCILE_COLUMNS, ...(findings?.onCriteria ? ['note'] : [])];

/** The rows under reconcileColumns, as text (`safe` neutralises what a spreadsheet would run as a formula). */
export function reconcileRows(units: readonly ReconciledUnit[], f: NumberFormat, safe: (s: string) => string = neutralizeCell, findings?: Findings): string[][] {
  const note = (unit: string, code: string) => (findings?.onCriteria ? [safe(remarksCell(findingsOf(findings, unit), code))] : []);
  return units.flatMap((u) =>
    u.rows.map((r) => [safe(u.unit), safe(u.name), r.leaf.code, safe(r.leaf.title), formatNumber(r.self, f), formatNumber(r.appraised, f), formatNumber(r.change, f), ...note(u.unit, r.leaf.code)]),
  );
}

export function renderReconcileCsv(units: readonly ReconciledUnit[], f: NumberFormat, findings?: Findings): string {
  return renderCsvTable(reconcileColumns(findings), reconcileRows(units, f, (s) => s, findings).map(csvCells), f.mark);
}

/** With remarks on criteria given, each row's `note` (as in the CSV) and `findings` (the remarks on its cell). */
export function reconcileJsonDoc(criteria: CriteriaSet, units: readonly ReconciledUnit[], meta: JsonMeta, findings?: Findings) {
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
      ...(findings?.onCriteria ? remarksJson(findingsOf(findings, u.unit), r.leaf.code) : {}),
    })),
  );
  const doc = { meta: { criteria: { id: criteria.id, version: criteria.version, title: criteria.title }, precision: p, ...meta }, rows };
  return doc;
}

export const renderReconcileJson = (...args: Parameters<typeof reconcileJsonDoc>): string => jsonText(reconcileJsonDoc(...args));

const remarksJson = (list: ReturnType<typeof findingsOf>, code: string) => ({ note: remarksCell(list, code), findings: list.filter((x) => x.code === code).map(findingJson) });
