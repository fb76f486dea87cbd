// A scores sheet (wide: a row per unit; long: a row per cell) → unit drafts, with every problem
// located to file, line, column and header. Also reads survey points given per unit.
import type { CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LeftOut } from '../diagnostics/codes-identity.js';
import { findColumns } from '../criteria/column-names.js';
import type { DecimalMark } from '../text/parse-number.js';
import type { Finding } from './finding.js';
import type { MissingPolicy, SheetData } from './sheet.js';
import type { UnitDraft } from './unit-draft.js';
import { readLong } from './read-long.js';
import { readWide } from './read-wide.js';

export type LeafScope = 'all' | 'appraisal' | 'survey';

export interface ReadScoresOptions {
  decimal?: DecimalMark;
  missing: MissingPolicy;
  /** Which leaves this sheet may hold. */
  scope: LeafScope;
}

export interface ScoresRead {
  units: UnitDraft[];
  /** Leaf codes the sheet holds (columns in wide form, codes seen in long form). */
  codes: Set<string>;
  /** The line of the sheet's header, where problems with its columns are located. */
  headerLine: number;
  /** The decimal mark its numbers were read with (what-if values are read with it too). */
  mark: DecimalMark;
  /** The remarks of its remark columns: per unit in a wide sheet, per cell in a long one. */
  findings: Finding[];
  /** Its data rows read, and those left out (each with its error), by why. */
  rows?: { read: number; leftOut: LeftOut };
  diagnostics: Diagnostic[];
}

export type SheetRead = Omit<ScoresRead, 'headerLine'>;

export function readScores(sheet: SheetData, criteria: CriteriaSet, opts: ReadScoresOptions): ScoresRead {
  const cols = findColumns(sheet.header);
  const out: Diagnostic[] = [];
  if (cols.unit === undefined) {
    out.push(diag('SCORE_NO_UNIT_COLUMN', 'error', { file: sheet.file, line: sheet.headerLine }, { columns: sheet.header.join(', ') }));
    return { units: [], codes: new Set(), headerLine: sheet.headerLine, mark: opts.decimal ?? 'dot', findings: [], diagnostics: out };
  }
  const long = cols.code !== undefined && cols.value !== undefined;
  const read = long ? readLong(sheet, criteria, opts, cols, out) : readWide(sheet, criteria, opts, cols, out);
  if (read.rows) {
    const { read: n, leftOut } = read.rows;
    const left = Object.values(leftOut).reduce((a: number, k) => a + (k ?? 0), 0);
    out.push(diag('SCORE_ROWS_COUNTED', left > 0 ? 'warning' : 'info', { file: sheet.file }, { what: 'rows', read: n, used: n - left, leftOut }));
  }
  return { ...read, headerLine: sheet.headerLine };
}
