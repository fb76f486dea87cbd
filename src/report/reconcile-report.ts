// The reconciliation for people: units with the largest adjustments first, totals per field,
// then every changed cell. Changes carry their sign; not applicable shows as N/A / KAD.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import type { ReconciledUnit } from '../scoring/reconcile-units.js';
import type { Lang } from './messages/index.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';
import type { TextReport, TextSection } from './render-sections.js';
import { textsOf } from './report-texts.js';
import type { Findings } from '../sheets/finding.js';
import { findingsOf, remarksCell } from './findings-json.js';
import { findingTexts } from './findings-texts.js';

/** A change with its sign, so a reader sees at once which way the appraisal went. */
export const signed = (r: Rational, f: NumberFormat): string => (r.sign() > 0 ? `+${formatNumber(r, f)}` : formatNumber(r, f));

const abs = (r: Rational): Rational => (r.sign() < 0 ? r.neg() : r);

interface Sum {
  self: Rational;
  appraised: Rational;
  adjustment: Rational;
  cells: number;
}

function fieldSums(units: readonly ReconciledUnit[]): Map<CriteriaNode, Sum> {
  const sums = new Map<CriteriaNode, Sum>();
  const at = (field: CriteriaNode): Sum => sums.get(field) ?? { self: Rational.ZERO, appraised: Rational.ZERO, adjustment: Rational.ZERO, cells: 0 };
  for (const u of units) {
    for (const f of u.fields) {
      const s = at(f.field);
      sums.set(f.field, { ...s, self: s.self.add(f.self), appraised: s.appraised.add(f.appraised) });
    }
    for (const r of u.rows) {
      const s = at(r.field);
      sums.set(r.field, { ...s, adjustment: s.adjustment.add(abs(r.change)), cells: s.cells + 1 });
    }
  }
  return sums;
}

/** With remarks given, the changed cells carry the appraisal's remarks on them. */
export function reconcileReport(criteria: CriteriaSet, units: readonly ReconciledUnit[], f: NumberFormat, lang: Lang, findings?: Findings): TextReport {
  const t = textsOf(lang);
  const n = (r: Rational | undefined) => (r === undefined ? t('notApplicable') : formatNumber(r, f));
  const total = (rows: Sum[]): Sum => rows.reduce((a, s) => ({ self: a.self.add(s.self), appraised: a.appraised.add(s.appraised), adjustment: a.adjustment.add(s.adjustment), cells: a.cells + s.cells }), { self: Rational.ZERO, appraised: Rational.ZERO, adjustment: Rational.ZERO, cells: 0 });
  const sumCells = (s: Sum) => [n(s.self), n(s.appraised), signed(s.appraised.sub(s.self), f), n(s.adjustment), String(s.cells)];

  const unitSums = units.map((u): Sum => ({ self: u.self, appraised: u.appraised, adjustment: u.adjustment, cells: u.rows.length }));
  const byUnit: TextSection = {
    heading: t('reconcileByUnit'),
    header: ['#', t('unit'), t('name'), t('self'), t('appraised'), t('change'), t('adjustment'), t('cells')],
    numeric: [true, false, false, true, true, true, true, true],
    fit: { priority: [0, 1, 2, 5, 4, 3, 6, 7], essential: 4, shorten: [1, 2] },
    rows: [...units.map((u, i) => [String(i + 1), u.unit, u.name, ...sumCells(unitSums[i] as Sum)]), ['', t('total'), '', ...sumCells(total(unitSums))]],
  };
  const sums = fieldSums(units);
  const fields = criteria.fields.filter((fl) => sums.has(fl));
  const byField: TextSection = {
    heading: t('reconcileByField'),
    header: [t('code'), t('field'), t('self'), t('appraised'), t('change'), t('adjustment'), t('cells')],
    numeric: [false, false, true, true, true, true, true],
    clip: [0, 48],
    fit: { priority: [0, 1, 4, 3, 2, 5, 6], essential: 3 },
    rows: [...fields.map((fl) => [fl.code, fl.title, ...sumCells(sums.get(fl) as Sum)]), ['', t('total'), ...sumCells(total([...sums.values()]))]],
  };
  const notes = findings?.onCriteria === true;
  const note = (unit: string, code: string) => (notes && findings ? [remarksCell(findingsOf(findings, unit), code)] : []);
  const changed = units.flatMap((u) => u.rows.map((r) => [u.unit, r.leaf.code, r.leaf.title, n(r.self), n(r.appraised), signed(r.change, f), ...note(u.unit, r.leaf.code)]));
  const detail: TextSection = {
    heading: t('reconcileDetail'),
    header: changed.length ? [t('unit'), t('code'), t('title'), t('self'), t('appraised'), t('change'), ...(notes ? [findingTexts(lang).t('note')] : [])] : [],
    numeric: [false, false, false, true, true, true, ...(notes ? [false] : [])],
    clip: [0, 0, notes ? 36 : 48],
    ...(notes ? { wrap: [0, 0, 0, 0, 0, 0, 40] } : {}),
    // On a narrow terminal the appraised points stay before the self-assessed ones (the change tells the difference).
    fit: notes ? { priority: [0, 1, 2, 5, 6, 4, 3], essential: 5, shorten: [0] } : { priority: [0, 1, 2, 5, 4, 3], essential: 4, shorten: [0] },
    rows: changed,
    note: changed.length ? t('reconcileNote') : t('reconcileNone'),
  };
  return { title: `${t('reconcileTitle')}: ${criteria.title}`, subtitle: `(${criteria.id}@${criteria.version})`, sections: [byUnit, byField, detail] };
}
