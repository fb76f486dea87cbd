import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The contract's exit codes: 0 done, 1 input errors, 2 usage, 3 internal fault. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, internal: 3 } as const;

/** A missing input, an unknown set or sheet, stdin named twice, an output path that may not be written, a format that cannot hold the data: the command line's mistakes. */
const isUsage = (d: Diagnostic): boolean =>
  d.code === 'INPUT_FILE_UNREADABLE' || d.code === 'INPUT_NO_FILES_MATCH' || d.code === 'INPUT_STDIN_TWICE' || d.code === 'CRITERIA_NOT_FOUND' || d.code === 'INPUT_XLSX_SHEET_UNKNOWN' || (d.code.startsWith('OUTPUT_') && d.code !== 'OUTPUT_WRITE_FAILED' && d.severity === 'error');

export function getExitCode(diagnostics: readonly Diagnostic[]): 0 | 1 | 2 {
  if (diagnostics.some(isUsage)) return EXIT.usage;
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.inputErrors : EXIT.ok;
}
