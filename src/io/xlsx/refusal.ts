// Why a workbook cannot be read. Thrown inside src/io/xlsx the moment a part is found damaged or
// hostile (reading further would only waste time or memory) and turned into one diagnostic at
// the module's edge: nothing thrown here reaches a caller.
import { diag, type Diagnostic, type Location } from '../../diagnostics/diagnostic.js';

export type RefusalReason =
  | { kind: 'damaged'; detail: string }
  | { kind: 'encrypted' }
  | { kind: 'bomb'; part: string; why: 'ratio' | 'size' | 'declared-size' | 'cells' }
  | { kind: 'doctype'; part: string }
  | { kind: 'not-workbook'; what: 'ods' | 'docx' | 'zip' };

export class WorkbookRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason.kind);
  }
}

export const damaged = (detail: string): WorkbookRefusal => new WorkbookRefusal({ kind: 'damaged', detail });

/** The one diagnostic a refusal becomes, at the file (and the sheet being read, if any). */
export function refusalDiagnostic(r: RefusalReason, loc: Location): Diagnostic {
  switch (r.kind) {
    case 'damaged':
      return diag('INPUT_XLSX_DAMAGED', 'error', loc, { detail: r.detail });
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
