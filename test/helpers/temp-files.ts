// Small input files written for one test, in a fresh temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes each `name → text` into a new temporary folder; returns the path of each file by name. */
export function tempFiles<K extends string>(files: Record<K, string>): Record<K, string> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  const paths = {} as Record<K, string>;
  for (const [name, text] of Object.entries(files) as [K, string][]) {
    writeFileSync(join(dir, name), text);
    paths[name] = join(dir, name);
  }
  return paths;
}
