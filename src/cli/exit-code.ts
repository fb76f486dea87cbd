import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The contract's exit codes: 0 done, 1 input errors, 2 usage, 3 internal fault. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, internal: 3 } as const;

export function getExitCode(diagnostics: readonly Diagnostic[]): 0 | 1 | 2 {
  // A sheet name that names no sheet is a mistyped argument, as a missing file is.
  if (diagnostics.some((d) => d.code === 'INPUT_FILE_UNREADABLE' || d.code === 'CRITERIA_NOT_FOUND' || d.code === 'INPUT_XLSX_SHEET_UNKNOWN')) return EXIT.usage;
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.inputErrors : EXIT.ok;
}
