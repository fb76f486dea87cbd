// Which column of a wide sheet holds which leaf. Anything else that is not a known column is
// reported: a parent's subtotal (ignored, we compute totals), a code Excel mangled (`1.10`
// shown as `1.1`, `1.2` turned into a date), or a column nobody knows.
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { nearest } from '../text/edit-distance.js';
import { foldKey } from '../text/normalize.js';
import { columnOf } from '../criteria/column-names.js';
import { parseNumber } from '../text/parse-number.js';
import { cellAt, type SheetData } from './sheet.js';

type Scope = 'all' | 'appraisal' | 'survey';

export interface HeaderClasses {
  leafCols: Map<number, CriteriaNode>;
  /** Subtotals (parents): cchc computes them, the sheet's values are checked. */
  parentCols: Map<number, CriteriaNode>;
  /** Leaves without a column that an unknown column was said to be (`3.21` for `3.2.1`): not reported again as missing. */
  claimed: Set<string>;
}

/** The columns of leaves and of subtotals; every other unknown column reported, a near miss with the leaf it misses. */
export function classifyHeaders(sheet: SheetData, criteria: CriteriaSet, scope: Scope, out: Diagnostic[]): HeaderClasses {
  const byKey = new Map<string, CriteriaNode>();
  for (const n of criteria.nodes.values()) byKey.set(foldKey(n.code), n);
  const leafCols = new Map<number, CriteriaNode>();
  const parentCols = new Map<number, CriteriaNode>();
  const seen = new Set<string>();
  const unknowns: { header: string; at: Diagnostic['loc'] }[] = [];
  sheet.header.forEach((header, col) => {
    if (header === '' || columnOf(header)) return;
    const at = cellAt(sheet, sheet.headerLine, col);
    const node = byKey.get(foldKey(header));
    if (!node) {
      const m = mangled(header, criteria, sheet.header, at);
      return void (m ? out.push(m) : unknowns.push({ header, at }));
    }
    if (node.children.length > 0) {
      parentCols.set(col, node);
      return void out.push(diag('SCORE_PARENT_CODE', 'info', at, { code: node.code }));
    }
    if (scope === 'appraisal' && node.source === 'survey') return void out.push(diag('SCORE_SURVEY_IN_SELF_ASSESSMENT', 'error', at, { code: node.code }));
    if (scope === 'survey' && node.source !== 'survey') return void out.push(diag('SCORE_UNKNOWN_COLUMN', 'error', at, { header }));
    if (seen.has(node.code)) return; // a duplicate header is reported by the sheet reader
    seen.add(node.code);
    leafCols.set(col, node);
  });
  // A leaf without a column that an unknown column is one edit from: one message names both.
  const missing = criteria.leaves.filter((l) => (scope === 'all' || l.source === scope) && !seen.has(l.code));
  const claimed = new Set<string>();
  for (const { header, at } of unknowns) {
    const near = nearLeaf(header, byKey, missing);
    if (near && !claimed.has(near.code)) {
      claimed.add(near.code);
      out.push(diag('SCORE_UNKNOWN_COLUMN', 'error', at, { header, suggestion: near.code, missing: true }));
    } else out.push(unknown(header, byKey, at));
  }
  return { leafCols, parentCols, claimed };
}

/** The one leaf among `missing` a header surely means: the same code typed loosely, else one edit away. */
function nearLeaf(header: string, byKey: Map<string, CriteriaNode>, missing: readonly CriteriaNode[]): CriteriaNode | undefined {
  const loose = byKey.get(looseKey(header));
  if (loose && missing.includes(loose)) return loose;
  const near = nearest(foldKey(header), missing, (l) => foldKey(l.code), 1);
  return near.length === 1 ? near[0] : undefined;
}

/** Excel shows `1.10` as `1.1` and turns `1.2` into a date: say so, with the code meant. */
function mangled(header: string, criteria: CriteriaSet, headers: readonly string[], at: Diagnostic['loc']): Diagnostic | undefined {
  // `1,2` is the code 1.2 written by a spreadsheet that uses a decimal comma.
  const parsed = parseNumber(header, /^\d+,\d+$/.test(header) ? 'comma' : 'dot');
  if (parsed.ok) {
    const value = Rational.parse(parsed.value);
    const twin = [...criteria.nodes.keys()].find((code) => {
      const r = /^\d+(\.\d+)?$/.test(code) ? Rational.parse(code) : undefined;
      return r && value && r.eq(value) && code !== header.trim();
    });
    if (twin) return diag('SCORE_CODE_MANGLED', 'error', at, { header, code: twin });
  } else if (parsed.kind === 'date') {
    return diag('SCORE_CODE_MANGLED', 'error', at, { header, code: dateTwin(header, criteria, headers) ?? '' });
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The code a date header was typed as: `01/02/2021` or `2-Jan` from `1.2` (day and month, read
 * either way round). Named only when exactly one leaf of the set fits and has no column of its own.
 */
function dateTwin(header: string, criteria: CriteriaSet, headers: readonly string[]): string | undefined {
  const t = header.trim().toLowerCase();
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?$/.exec(t);
  const named = /^(\d{1,2})[- ]([a-z]{3})[a-z]*\.?(?:[- ]\d{2,4})?$/.exec(t) ?? /^([a-z]{3})[a-z]*\.?[- ](\d{1,2})$/.exec(t);
  let parts: [number, number] | undefined;
  if (numeric) parts = [Number(numeric[1]), Number(numeric[2])];
  else if (named) {
    const [a = '', b = ''] = named.slice(1);
    const month = MONTHS.indexOf(/^\d/.test(a) ? b : a) + 1;
    if (month > 0) parts = [Number(/^\d/.test(a) ? a : b), month];
  }
  if (!parts) return undefined;
  const [x, y] = parts;
  const present = new Set(headers.map(foldKey));
  const fits = [...new Set([`${x}.${y}`, `${y}.${x}`])].filter((code) => criteria.nodes.get(code)?.children.length === 0 && !present.has(code));
  return fits.length === 1 ? fits[0] : undefined;
}

/** A code as typed in a hurry: "TC 3.2.1", "3.2.1." → "3.2.1". */
const looseKey = (header: string): string => foldKey(header).replace(/^(tc|tiêu chí|tieu chi)\s*/u, '').replace(/\.$/, '');

function unknown(header: string, byKey: Map<string, CriteriaNode>, at: Diagnostic['loc']): Diagnostic {
  const near = byKey.get(looseKey(header));
  return diag('SCORE_UNKNOWN_COLUMN', 'error', at, near ? { header, suggestion: near.code } : { header });
}
