// The bundled criteria sets, checked once at build time and written compiled to dist/criteria-checked/
// (src/criteria/compiled.ts): `cchc score -c ha-tinh-xa@2021` then reads the checked set instead
// of checking the file again on every run. A set with an error is not compiled: it fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCriteria } from '../src/criteria/compiled.js';
import { parseCriteria } from '../src/criteria/parse-criteria.js';

/** [file name, compiled text] for every bundled set in `dir`. */
export function compileBundled(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const text = new TextDecoder('utf-8').decode(readFileSync(join(dir, f)));
      // The display name a run gives a bundled set (cli/load-criteria.ts).
      const { criteria, diagnostics } = parseCriteria(text, `criteria/${f}`);
      if (!criteria) throw new Error(`build: criteria/${f} does not check: ${diagnostics.map((d) => d.code).join(', ')}`);
      return [f, compileCriteria(text, criteria, diagnostics)];
    });
}
