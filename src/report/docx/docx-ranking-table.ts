// The annex's ranking table: the header row repeated on every page (w:tblHeader), rows never
// split across pages, numbers right-aligned and exactly as the CSV writes them; ranked by group,
// each group under a row of its own with its summary after it. Only the columns the set can fill
// are shown (no bonus/penalty without adjustments, no survey without survey criteria), so that a
// narrow table fits a portrait page.
//
// What follows the table (the summary, the signature block) must never stand alone on a page, as
// a typist keeps the last rows with it. keepNext on those rows' paragraphs is Word's way, but
// LibreOffice ignores it once a table spans three pages. So the table's last row is one cell,
// never split, holding the last rows (a table nested on the same column grid, no padding, so the
// columns run on) and what follows: the whole block moves to the next page together, under the
// repeated header row, in both. The rows before are written from prototypes (docx-bulk.ts).
import { Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { indexStats } from '../../scoring/summarize-ranking.js';
import { headerText } from '../headers.js';
import { NOT_GIVEN, rankingRows, type NumberFormat, type RankingColumn } from '../ranking-rows.js';
import { rankingParts, summaryLine } from '../summary-text.js';
import { slot, type Bulk, type BulkItem } from './docx-bulk.js';
import { CENTER, RIGHT, SIZE, paragraph } from './docx-text.js';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const WEIGHT: Record<RankingColumn, number> = { rank: 0.8, unit: 1.6, name: 2.6, group: 1.4, appraisal: 1.15, survey: 1.15, bonus: 1.3, penalty: 1, total: 1.15, max: 1.1, index: 1.15, band: 1.5 };
const TEXT: readonly RankingColumn[] = ['unit', 'name', 'group', 'band'];

/** The columns of the annex's table for this set and these units. */
export function annexColumns(criteria: CriteriaSet, units: readonly RankedUnit[]): RankingColumn[] {
  const survey = criteria.leaves.some((l) => l.source === 'survey');
  const cols: (RankingColumn | false)[] = [
    'rank',
    // The name a decision publishes (the code where a unit has none).
    units.some((u) => u.name) ? 'name' : 'unit',
    !criteria.ranking.byGroup && units.some((u) => u.group) && 'group',
    'appraisal',
    survey && 'survey',
    criteria.adjustments.bonusMax !== undefined && 'bonus',
    criteria.adjustments.penaltyMax !== undefined && 'penalty',
    'total',
    'max',
    'index',
    criteria.bands.length > 0 && 'band',
  ];
  return cols.filter((c): c is RankingColumn => c !== false);
}

const cell = (text: string, width: number, o: { bold?: boolean; right?: boolean; center?: boolean; span?: number; italics?: boolean } = {}) =>
  new TableCell({
    children: [paragraph({ text, size: SIZE.table, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}) }, { align: o.right ? RIGHT : o.center ? CENTER : undefined })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 70, right: 70, top: 30, bottom: 30 },
    ...(o.span ? { columnSpan: o.span } : {}),
  });

/** Rows at the table's end kept on the page of what follows it: the signature block never stands alone. */
const KEPT_ROWS = 2;
const NONE = { style: 'none', size: 0, color: 'FFFFFF' } as const;
/** The rows' kinds, the prototypes of the bulk (docx-bulk.ts): a unit's row, a group's title, a group's summary. */
const UNIT = 0;
const GROUP = 1;
const GROUP_SUMMARY = 2;

export interface AnnexTable {
  /** The header row, the prototypes of the rows, and the last row (the last rows, the summary, the signature). */
  table: Table;
  /** The rows before the last ones, written from the prototypes. */
  rows: Bulk;
}

/** The ranking table; `after` (the summary, the signature block) goes inside its last row, with the last rows. */
export function docxRankingTable(criteria: CriteriaSet, units: readonly RankedUnit[], f: NumberFormat, width: number, after: readonly (Paragraph | Table)[] = []): AnnexTable {
  const cols = annexColumns(criteria, units);
  const total = cols.reduce((a, c) => a + WEIGHT[c], 0);
  const widths = cols.map((c) => Math.floor((WEIGHT[c] / total) * width));
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, i) => cell(headerText('vi', c === 'name' ? 'unit' : c), widths[i] ?? 0, { bold: true, center: true })) });
  const row = (r: BulkItem) =>
    new TableRow({
      cantSplit: true,
      children:
        r.proto === UNIT
          ? cols.map((c, i) => cell(r.texts[i] ?? '', widths[i] ?? 0, { right: !TEXT.includes(c), center: c === 'rank' }))
          : [cell(r.texts[0] ?? '', width, { span: cols.length, ...(r.proto === GROUP ? { bold: true } : { italics: true }) })],
    });
  const body = (part: readonly RankedUnit[]): BulkItem[] =>
    rankingRows(criteria, part, f, NOT_GIVEN).map((r) => ({ proto: UNIT, texts: cols.map((c) => (c === 'name' ? r.cells.name || r.cells.unit : r.cells[c])) }));
  const parts = rankingParts(criteria, units);
  const rows =
    parts.length === 1
      ? body(units)
      : parts.flatMap((p, i): BulkItem[] => [
          { proto: GROUP, texts: [`${ROMAN[i] ?? i + 1}. ${p.group || '(không có nhóm)'}`] },
          ...body(p.units),
          { proto: GROUP_SUMMARY, texts: [summaryLine(indexStats(criteria, p.units), f, 'vi')] },
        ]);
  const kept = Math.max(0, rows.length - KEPT_ROWS);
  const lead = rows.slice(0, kept);
  const prototypes = lead.length === 0 ? [] : [UNIT, GROUP, GROUP_SUMMARY].map((proto) => row({ proto, texts: (proto === UNIT ? cols : [0]).map((_, k) => slot('R', proto, k)) }));
  const last = new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: rows.slice(kept).map(row) });
  const tail = new TableCell({
    // A cell ends with a paragraph (Word's rule): an empty one of 1 pt.
    children: [last, ...after, paragraph({ text: '', size: 2 })],
    columnSpan: cols.length,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
  });
  return {
    table: new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...prototypes, new TableRow({ cantSplit: true, children: [tail] })] }),
    rows: { id: 'R', tag: 'w:tr', prototypes: prototypes.length, items: lead },
  };
}
