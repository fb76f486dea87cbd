// Turns the chosen header record into column names and reports duplicate names.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { cleanText, foldKey } from '../text/normalize.js';

export interface HeaderShape {
  /** Names, cleaned; trailing empty names dropped. */
  header: string[];
  /** Fields in the header record including trailing empty ones: a longer row is ragged. */
  physicalWidth: number;
}

export function readHeader(cells: readonly string[], file: string, line: number, out: Diagnostic[]): HeaderShape {
  const names = cells.map(cleanText);
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--;
  const header = names.slice(0, width);
  const seen = new Map<string, number>();
  header.forEach((name, k) => {
    if (name === '') return;
    const key = foldKey(name);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, k);
    else out.push(diag('INPUT_DUPLICATE_HEADER', 'error', { file, line, column: k + 1, header: name }, { name, firstColumn: first + 1 }));
  });
  return { header, physicalWidth: cells.length };
}
