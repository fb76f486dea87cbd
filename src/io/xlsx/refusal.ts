// Why a workbook cannot be read. Thrown inside src/io/xlsx the moment a part is found damaged or
// hostile (reading further would only waste time or memory) and turned into one diagnostic at
// the module's edge: nothing thrown here reaches a caller.
import type { XlsxDamage } from '../../diagnostics/codes-input.js';
import { diag, type Diagnostic, type Location } from '../../diagnostics/diagnostic.js';

export type RefusalReason =
  | { kind: 'damaged'; damage: XlsxDamage; part?: string; value?: string }
  | { kind: 'encrypted' }
  | { kind: 'bomb'; part: string; why: 'ratio' | 'size' | 'declared-size' | 'cells' }
  | { kind: 'doctype'; part: string }
  | { kind: 'not-workbook'; what: 'ods' | 'docx' | 'zip' };

export class WorkbookRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason.kind);
  }
}

/** What is damaged, in which part (or sheet), and the text or number at fault. */
export const damaged = (damage: XlsxDamage, part?: string, value?: string | number): WorkbookRefusal =>
  new WorkbookRefusal({ kind: 'damaged', damage, ...(part === undefined ? {} : { part }), ...(value === undefined ? {} : { value: String(value) }) });

/** The one diagnostic a refusal becomes, at the file (and the sheet being read, if any). */
export function refusalDiagnostic(r: RefusalReason, loc: Location): Diagnostic {
  switch (r.kind) {
    case 'damaged':
      return diag('INPUT_XLSX_DAMAGED', 'error', loc, { damage: r.damage, ...(r.part === undefined ? {} : { part: r.part }), ...(r.value === undefined ? {} : { value: r.value }) });
    case 'encrypted':
      return diag('INPUT_XLSX_ENCRYPTED', 'error', loc, { kind: 'zip' });
    case 'bomb':
      return diag('INPUT_XLSX_REFUSED', 'error', loc, { part: r.part, why: r.why });
    case 'doctype':
      return diag('INPUT_XLSX_REFUSED', 'error', loc, { part: r.part, why: 'doctype' });
    case 'not-workbook':
      return diag('INPUT_NOT_CSV', 'error', loc, { kind: r.what });
  }
}
