// Reads back the diagnostics `cchc` prints on stderr (src/report/render-diagnostics.ts): a line
// naming the file, then one line per problem, `line:col  severity  message  CODE`, a hint below.

export interface Printed {
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  text: string;
}

const SEVERITY: Record<string, Printed['severity']> = { error: 'error', warning: 'warning', info: 'info', lỗi: 'error', 'cảnh báo': 'warning', 'ghi chú': 'info' };
const ENTRY = /^ {2}(?:(\d+)(?::(\d+))?)? +(error|warning|info|lỗi|cảnh báo|ghi chú) {2}(.*) {2}((?:CRITERIA|INPUT|SCORE)_[A-Z0-9_]+)$/;
// A hint (`→ …`), a count of problems left out (`… and 3 more`), or the summary (`✖ 2 problems`).
const OTHER = /^(?: {2,}(?:→|…) |✖ )/;

/** The printed problems, and every line that is neither a file, a problem, a hint nor the summary. */
export function printedDiagnostics(stderr: string): { entries: Printed[]; strays: string[] } {
  const entries: Printed[] = [];
  const strays: string[] = [];
  let file: string | undefined;
  for (const line of stderr.split('\n')) {
    if (line.trim() === '' || OTHER.test(line)) continue;
    const m = ENTRY.exec(line);
    if (m && file !== undefined) {
      const [, l, c, sev, text, code] = m;
      entries.push({ file, ...(l ? { line: Number(l) } : {}), ...(c ? { column: Number(c) } : {}), severity: SEVERITY[sev as string] ?? 'error', code: code as string, text: text as string });
    } else if (!line.startsWith(' ')) file = line;
    else strays.push(line);
  }
  return { entries, strays };
}

/** Codes whose problem is the whole file, so they carry no line: the bytes are not a CSV text at all. */
export const FILE_LEVEL_CODES: ReadonlySet<string> = new Set(['INPUT_NOT_CSV', 'INPUT_EMPTY_FILE', 'INPUT_XLSX_DAMAGED', 'INPUT_XLSX_ENCRYPTED', 'INPUT_XLSX_REFUSED', 'INPUT_XLSX_SHEET_UNKNOWN', 'INPUT_XLSX_NO_SHEET']);
