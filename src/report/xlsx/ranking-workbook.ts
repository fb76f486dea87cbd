// The ranking as a workbook: the CSV's columns and values (contract §4), numbers as numbers with
// the set's precision as their format, then the legend sheet.
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { headerText } from '../headers.js';
import type { Lang } from '../messages/index.js';
import { RANKING_COLUMNS, rankingRows, type RankingColumn } from '../ranking-rows.js';
import { legendSheet, type WorkbookInput } from './legend-sheet.js';
import { xlsxText } from './report-texts-xlsx.js';
import { num, type Cell, type WorkbookModel } from './workbook-model.js';

const TEXT_COLUMNS: ReadonlySet<RankingColumn> = new Set(['unit', 'name', 'group', 'band']);

export function rankingWorkbook(criteria: CriteriaSet, units: readonly RankedUnit[], o: { lang: Lang; inputs: readonly WorkbookInput[]; date?: string }): WorkbookModel {
  const p = criteria.precision;
  const t = xlsxText(o.lang);
  const columns = [
    ...RANKING_COLUMNS.map((c) => ({ header: c, ...(c === 'rank' ? { decimals: 0 } : TEXT_COLUMNS.has(c) ? {} : { decimals: p }) })),
    ...criteria.fields.map((f) => ({ header: f.code, decimals: p, criterion: { code: f.code, path: f.path } })),
  ];
  const rows = rankingRows(criteria, units, { precision: p, mark: '.' }).map((r): Cell[] => [
    ...RANKING_COLUMNS.map((c) => (TEXT_COLUMNS.has(c) || r.cells[c] === '' ? r.cells[c] : num(r.cells[c]))),
    ...r.fields.map((v) => (v === '' ? '' : num(v))),
  ]);
  const meanings: [string, string][] = RANKING_COLUMNS.map((c) => [c, c === 'total' ? t.total : c === 'index' ? t.index : headerText(o.lang, c)]);
  return {
    title: criteria.title,
    ...(o.date ? { date: o.date } : {}),
    sheets: [
      { name: t.ranking, headerRows: 1, columns, rows },
      legendSheet(o.lang, { columns: meanings, criteria, inputs: o.inputs, ...(o.date ? { date: o.date } : {}) }),
    ],
  };
}
