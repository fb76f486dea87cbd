// The Hương Sơn sample's scores sheet with some cells changed, for tests of one situation.
import { readFileSync } from 'node:fs';

export const SAMPLE_SCORES = 'samples/huong-son-2021/scores.csv';
export const SAMPLE_SURVEY = 'samples/huong-son-2021/survey.csv';

/** The sample's rows as cells (its cells hold no comma or quote). */
export function sampleRows(): string[][] {
  return readFileSync(SAMPLE_SCORES, 'utf8').trimEnd().split('\n').map((l) => l.split(','));
}

/** The sample's scores CSV with `changes` (unit → column → text) applied; line numbers stay. */
export function sampleWith(changes: Record<string, Record<string, string>>, rows = sampleRows()): string {
  const [header = [], ...data] = rows;
  for (const row of data) {
    for (const [column, text] of Object.entries(changes[row[0] ?? ''] ?? {})) {
      const k = header.indexOf(column);
      if (k < 0) throw new Error(`sampleWith: no column ${column}`);
      row[k] = text;
    }
  }
  return `${[header, ...data].map((r) => r.join(',')).join('\n')}\n`;
}

/** 1-based column of a header of the sample. */
export const sampleColumn = (column: string): number => (sampleRows()[0] ?? []).indexOf(column) + 1;
