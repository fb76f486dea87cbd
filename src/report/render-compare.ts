// Two rankings compared: CSV and JSON with the fixed columns, and a report for people where a
// unit in one file only says so. Index values are rewritten with the precision they were
// published with (the larger of the two files'), so every change is exact.
import type { ComparedUnit } from '../scoring/compare-rankings.js';
import type { Lang } from './messages/index.js';
import { formatNumber, type NumberFormat } from './ranking-rows.js';
import { csvCells, neutralizeCell } from './csv-cells.js';
import { renderCsvTable } from './render-csv.js';
import { toJsonNumber, type JsonMeta, jsonText } from './render-json.js';
import type { TextReport } from './render-sections.js';
import { textsOf } from './report-texts.js';

export const COMPARE_COLUMNS = ['unit', 'name', 'rank_before', 'rank_after', 'rank_change', 'index_before', 'index_after', 'index_change'] as const;

/** The precision the indices were published with: the most decimals either file used. */
export const publishedPlaces = (rows: readonly ComparedUnit[]): number => Math.max(0, ...rows.flatMap((r) => [r.before?.places ?? 0, r.after?.places ?? 0]));

const rankText = (n: number | undefined): string => (n === undefined ? '' : String(n));

function cells(r: ComparedUnit, f: NumberFormat): string[] {
  return [rankText(r.before?.rank), rankText(r.after?.rank), rankText(r.rankChange), formatNumber(r.before?.index, f), formatNumber(r.after?.index, f), formatNumber(r.indexChange, f)];
}

/** The rows under COMPARE_COLUMNS, as text (`safe` neutralises what a spreadsheet would run as a formula). */
export function compareRows(rows: readonly ComparedUnit[], f: NumberFormat, safe: (s: string) => string = neutralizeCell): string[][] {
  return rows.map((r) => [safe(r.unit), safe(r.name), ...cells(r, f)]);
}

export function renderCompareCsv(rows: readonly ComparedUnit[], f: NumberFormat): string {
  return renderCsvTable([...COMPARE_COLUMNS], compareRows(rows, f, (s) => s).map(csvCells), f.mark);
}

export function compareJsonDoc(rows: readonly ComparedUnit[], precision: number, meta: JsonMeta) {
  const n = (r: Parameters<typeof toJsonNumber>[0]) => toJsonNumber(r, precision);
  const doc = {
    meta: { precision, ...meta },
    rows: rows.map((r) => ({
      unit: r.unit,
      name: r.name,
      rank_before: r.before?.rank ?? null,
      rank_after: r.after?.rank ?? null,
      rank_change: r.rankChange ?? null,
      index_before: n(r.before?.index),
      index_after: n(r.after?.index),
      index_change: n(r.indexChange),
    })),
  };
  return doc;
}

export const renderCompareJson = (...args: Parameters<typeof compareJsonDoc>): string => jsonText(compareJsonDoc(...args));

export function compareReport(rows: readonly ComparedUnit[], f: NumberFormat, lang: Lang, files: { before: string; after: string }): TextReport {
  const t = textsOf(lang);
  const plus = (s: string) => (s !== '' && !s.startsWith('-') && !/^0([.,]0*)?$/.test(s) ? `+${s}` : s);
  const body = rows.map((r) => {
    const [rb, ra, rc, ib, ia, ic] = cells(r, f) as [string, string, string, string, string, string];
    const only = !r.before ? t('onlyAfter') : !r.after ? t('onlyBefore') : '';
    return [r.unit, r.name, rb, ra, only || plus(rc), ib, ia, plus(ic)];
  });
  return {
    title: t('compareTitle'),
    subtitle: `${files.before} → ${files.after}`,
    sections: [{
      header: [t('unit'), t('name'), t('rankBefore'), t('rankAfter'), t('rankChange'), t('indexBefore'), t('indexAfter'), t('indexChange')],
      numeric: [false, false, true, true, true, true, true, true],
      // On a narrow terminal the after file's rank and index and the changes stay; the before ones follow from them.
      fit: { priority: [0, 1, 3, 4, 6, 7, 2, 5], essential: 6, shorten: [0, 1], wrap: [4] },
      rows: body,
    }],
  };
}
