// A findings sheet (`--findings FILE`): one row per remark, `unit`, an optional `code` (a
// criterion at any level; empty: the unit as a whole), the remark columns (read-remarks.ts).
// Units are matched against the scores sheet's (by code or name, as `cchc explain` finds them)
// and codes against the criteria set; what matches neither is an error at its cell with the
// closest ones suggested. A unit cell left empty under a row with a unit continues that unit:
// a column of merged cells exports so.
import { findColumns } from '../criteria/column-names.js';
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closeness, findUnit, type Named } from '../scoring/find-unit.js';
import { unitLabel, UnitDirectory } from '../scoring/unit-identity.js';
import { foldKey } from '../text/normalize.js';
import type { Finding } from './finding.js';
import { readRemarks, remarkColumns } from './read-remarks.js';
import { cellAt, type SheetData } from './sheet.js';

const quoted = (units: readonly Named[]) => units.map((u) => `"${u.unit}"${u.name ? ` (${u.name})` : ''}`).join(', ');

/** The codes closest to a code as typed: `TC 3.2.1`, `3,2,1` or `3.2.1.` surely mean 3.2.1; else typos. */
export function nearestCodes(criteria: CriteriaSet, code: string, limit = 3): string[] {
  const key = foldKey(code).replace(/^(tc|tiêu chí|tieu chi)\s*/u, '').replace(/,/g, '.').replace(/\.$/, '');
  const sure = criteria.nodes.get(key);
  if (sure) return [sure.code];
  const near = [...criteria.nodes.keys()].map((c) => ({ c, d: closeness(key, c) })).filter((x): x is { c: string; d: number } => x.d !== undefined);
  // Closest first; equally close codes in the tree's order (the map's).
  return near.sort((a, b) => a.d - b.d).slice(0, limit).map((x) => x.c);
}

/** `scoresFile`: the sheet the units come from, named when a unit cell could be two of them. */
export function readFindings(sheet: SheetData, criteria: CriteriaSet, units: readonly Named[], scoresFile = ''): { findings: Finding[]; diagnostics: Diagnostic[] } {
  const out: Diagnostic[] = [];
  const cols = findColumns(sheet.header);
  const rc = remarkColumns(cols);
  const headerAt = { file: sheet.file, line: sheet.headerLine };
  if (cols.unit === undefined) out.push(diag('SCORE_NO_UNIT_COLUMN', 'error', headerAt, { columns: sheet.header.join(', ') }));
  if (!rc || rc.remarks.length === 0) out.push(diag('SCORE_FINDINGS_NO_NOTE_COLUMN', 'error', headerAt, { columns: sheet.header.join(', ') }));
  if (cols.unit === undefined || !rc || rc.remarks.length === 0) return { findings: [], diagnostics: out };
  const uc = cols.unit;
  const byKey = new Map<string, CriteriaNode>([...criteria.nodes.values()].map((n) => [foldKey(n.code), n]));
  // By code or name, as every sheet names units (unit-identity.ts); findUnit only for the suggestions.
  const directory = new UnitDirectory(units);
  const findings: Finding[] = [];
  // The unit of the row above, for a unit cell left empty (merged cells); null after an unknown one.
  let above: Named | null | undefined;
  for (const { line, cells } of sheet.rows) {
    if (!cells.some((c) => c.trim() !== '')) continue;
    const unitText = (cells[uc] ?? '').trim();
    let unit: Named | null | undefined = above;
    if (unitText !== '') {
      const r = directory.resolve(unitText);
      unit = r.kind === 'found' ? r.unit : null;
      if (r.kind === 'ambiguous') out.push(diag('SCORE_UNIT_AMBIGUOUS', 'error', cellAt(sheet, line, uc), { unit: unitText, units: r.units.map(unitLabel).join(', '), otherFile: scoresFile, count: 1, lines: String(line) }));
      else if (!unit) out.push(diag('SCORE_FINDING_UNKNOWN_UNIT', 'error', cellAt(sheet, line, uc), { unit: unitText, suggestions: quoted(findUnit(units, unitText).suggestions) }));
    } else if (above === undefined) {
      out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, uc), {}));
    }
    above = unit;
    const codeText = cols.code === undefined ? '' : (cells[cols.code] ?? '').trim();
    const node = codeText === '' ? undefined : byKey.get(foldKey(codeText));
    if (codeText !== '' && !node) {
      const suggestions = nearestCodes(criteria, codeText).map((c) => `"${c}"`).join(', ');
      out.push(diag('SCORE_FINDING_UNKNOWN_CODE', 'error', cellAt(sheet, line, cols.code as number), { code: codeText, suggestions }));
    }
    const remarks = readRemarks(cells, rc, sheet, line, out);
    const label = unit?.unit ?? unitText;
    if (remarks.length === 0 || remarks.every((r) => r.note === '')) {
      const at = cellAt(sheet, line, rc.remarks[0]?.col as number);
      out.push(diag('SCORE_FINDING_NOTE_EMPTY', 'warning', at, { unit: label, code: node?.code ?? codeText, evidence: remarks.length > 0 }));
    }
    if (!unit || (codeText !== '' && !node)) continue;
    for (const r of remarks) findings.push({ unit: unit.unit, ...(node ? { code: node.code } : {}), ...r, file: sheet.file, line });
  }
  if (findings.length === 0 && !hasErrors(out)) out.push(diag('SCORE_FINDINGS_EMPTY', 'warning', headerAt, {}));
  return { findings, diagnostics: out };
}
