// The ranking as text cells, shared by the CSV, Markdown and table renderers: every number
// rounded once from its exact value, written with exactly `precision` decimals.
import type { CriteriaSet } from '../criteria/model.js';
import type { Rational } from '../numbers/rational.js';
import type { RankedUnit } from '../scoring/rank-units.js';

export const RANKING_COLUMNS = ['rank', 'unit', 'name', 'group', 'appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index', 'band'] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];

export interface NumberFormat {
  precision: number;
  mark: '.' | ',';
}

export const formatNumber = (r: Rational | undefined, f: NumberFormat): string => (r ? r.toFixed(f.precision, f.mark) : '');

const NUMERIC = ['appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index'] as const;
export type NumericColumn = (typeof NUMERIC)[number];

/** The exact values behind the ranking's number columns, for every renderer to round once. */
export function numericValues<T>(u: RankedUnit, write: (r: Rational | undefined) => T): Record<NumericColumn, T> {
  // A literal in NUMERIC's order: Object.fromEntries cost a national ranking ~15 ms.
  return { appraisal: write(u.appraisal), survey: write(u.survey), bonus: write(u.bonus), penalty: write(u.penalty), total: write(u.total), max: write(u.max), index: write(u.index) };
}

export interface RankingRow {
  cells: Record<RankingColumn, string>;
  /** Points per top-level field, in field order. */
  fields: string[];
  unit: RankedUnit;
}

/** How the tables for people show the survey when none was given: not given, which is not 0. */
export const NOT_GIVEN = '—';

/**
 * Whether a unit's cell was not measured: its survey points (no `node`), or a node made only of
 * survey criteria, when no survey was given at all. Every renderer asks this one question: the
 * CSV leaves the cell empty, JSON writes null, the tables for people show NOT_GIVEN.
 */
export const notGiven = (u: RankedUnit, node?: { source: string }): boolean => u.survey === undefined && (node === undefined || node.source === 'survey');

/** Whether any unit of the ranking was scored without a survey (the reports then say so once). */
export const anyNotGiven = (units: readonly RankedUnit[]): boolean => units.some((u) => notGiven(u));

/**
 * The cells of each unit. Without any survey (u.survey undefined), the survey and the fields made
 * only of survey criteria are `notGiven`: empty in the CSV, NOT_GIVEN in the tables for people.
 */
export function rankingRows(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, notGivenText = ''): RankingRow[] {
  const n = (r: Rational | undefined) => formatNumber(r, f);
  return units.map((u) => {
    const cells = { rank: u.rank === undefined ? '' : String(u.rank), unit: u.unit, name: u.name, group: u.group, ...numericValues(u, n), band: u.band ?? '' };
    if (notGiven(u)) cells.survey = notGivenText;
    const fields = criteria.fields.map((fl) => (notGiven(u, fl) ? notGivenText : n(u.nodes.get(fl.code)?.points)));
    return { unit: u, cells, fields };
  });
}
