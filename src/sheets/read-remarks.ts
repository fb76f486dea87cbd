// The remark columns of a row, in a findings sheet or a scores sheet: a remark of no stated kind
// (`note`, `ghi chú`, `nhận xét`), a shortcoming (`tồn tại`), a recommendation (`kiến nghị`), the
// evidence (`tài liệu kiểm chứng`) and the kind (`loại`). A column headed `tồn tại` or `kiến nghị`
// says the kind of its remarks; a `kind` cell, where the sheet has one and the cell is filled, says
// it for the row (the header is then just the column's name).
import type { Column } from '../criteria/column-names.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closeness } from '../scoring/find-unit.js';
import { FINDING_KINDS, KIND_WORD, kindOf, type FindingKind } from './finding.js';
import { cellAt, type SheetData } from './sheet.js';

export interface RemarkColumns {
  /** The remark columns, in the sheet's order, with the kind each header says. */
  remarks: { col: number; kind: FindingKind }[];
  evidence?: number;
  kind?: number;
}

export interface Remark {
  kind: FindingKind;
  note: string;
  evidence: string;
}

const HEADER_KIND: Partial<Record<Column, FindingKind>> = { note: 'remark', shortcoming: 'shortcoming', recommendation: 'recommendation' };

/** The remark columns of a header, or undefined when it has neither a remark nor an evidence column. */
export function remarkColumns(cols: Partial<Record<Column, number>>): RemarkColumns | undefined {
  const remarks = (['note', 'shortcoming', 'recommendation'] as const)
    .flatMap((c) => (cols[c] === undefined ? [] : [{ col: cols[c], kind: HEADER_KIND[c] as FindingKind }]))
    .sort((a, b) => a.col - b.col);
  if (remarks.length === 0 && cols.evidence === undefined) return undefined;
  return { remarks, ...(cols.evidence === undefined ? {} : { evidence: cols.evidence }), ...(cols.kind === undefined ? {} : { kind: cols.kind }) };
}

/** The known kind nearest to a typo (`ton tai` is no typo: it is read as `tồn tại`). */
function nearestKind(text: string): string | undefined {
  const near = FINDING_KINDS.map((k) => ({ k, d: closeness(text, KIND_WORD[k]) })).filter((x) => x.d !== undefined);
  near.sort((a, b) => (a.d as number) - (b.d as number));
  return near[0] ? KIND_WORD[near[0].k] : undefined;
}

/**
 * The remarks of one row: one per remark column with text, the evidence with the first of them.
 * A row with evidence and no remark gives the evidence alone (note ''). An unknown kind is a
 * warning and the column's kind is kept.
 */
export function readRemarks(cells: readonly string[], rc: RemarkColumns, sheet: Pick<SheetData, 'file' | 'header' | 'sheet'>, line: number, out: Diagnostic[]): Remark[] {
  const get = (c: number | undefined) => (c === undefined ? '' : (cells[c] ?? '').trim());
  const kindText = get(rc.kind);
  let rowKind: FindingKind | undefined;
  if (kindText !== '') {
    rowKind = kindOf(kindText);
    if (!rowKind) {
      const suggestion = nearestKind(kindText);
      out.push(diag('SCORE_FINDING_KIND_UNKNOWN', 'warning', cellAt(sheet, line, rc.kind as number), suggestion ? { text: kindText, suggestion } : { text: kindText }));
    }
  }
  const evidence = get(rc.evidence);
  const remarks: Remark[] = [];
  for (const { col, kind } of rc.remarks) {
    const note = get(col);
    if (note !== '') remarks.push({ kind: rowKind ?? kind, note, evidence: remarks.length === 0 ? evidence : '' });
  }
  if (remarks.length === 0 && evidence !== '') remarks.push({ kind: rowKind ?? rc.remarks[0]?.kind ?? 'remark', note: '', evidence });
  return remarks;
}
