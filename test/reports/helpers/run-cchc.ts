// Runs the BUILT CLI (`node bin/cchc.js`), as a user would, and gives back its bytes and exit
// code. The build is the test's input: run `npm run build` first (CI does).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAMPLE = 'samples/huong-son-2021';
export const FIXTURES = 'test/fixtures/reports';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  bytes: Buffer;
}

export function cchc(args: string[], input?: string): Run {
  if (!existsSync(join(ROOT, 'dist/cchc.cjs'))) throw new Error('dist/cchc.cjs is missing: run `npm run build` before the CLI tests');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  const r = spawnSync(process.execPath, ['bin/cchc.js', ...args], { cwd: ROOT, env, input, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

/** The diagnostic codes in a stderr text. */
export const codesIn = (stderr: string): string[] => [...new Set(stderr.match(/\b(?:CRITERIA|INPUT|SCORE|OUTPUT)_[A-Z0-9_]+\b/g) ?? [])].sort();

/** A CSV written by cchc (BOM, CRLF, quoted where needed; `;` with a decimal comma) as rows of cells. */
export function csvRows(text: string, delimiter: ',' | ';' = ','): string[][] {
  return parse(text.replace(/^\ufeff/, ''), { delimiter, relax_column_count: false }) as string[][];
}

/** The rows of a ranking CSV keyed by unit, each as a column → cell record. */
export function rankingByUnit(text: string): Map<string, Record<string, string>> {
  const [header, ...rows] = csvRows(text);
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) out.set(r[1] ?? '', Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
  return out;
}
