// The criteria sets shipped in the package's criteria/ folder, found beside the built CLI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundledEntry } from '../criteria/pick-bundled.js';

/** The package's criteria/ folder: up from this module (dist/ or src/io/) to the package root. */
export function bundledDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'criteria'))) return join(dir, 'criteria');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'criteria');
}

/** id, version and title of every bundled set (read from each file's top-level keys). */
export function listBundled(dir = bundledDir()): BundledEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      try {
        const v = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, '')) as Record<string, unknown>;
        return typeof v['id'] === 'string' && typeof v['version'] === 'string'
          ? [{ id: v['id'], version: v['version'], title: typeof v['title'] === 'string' ? v['title'] : '', path }]
          : [];
      } catch {
        return []; // a broken bundled file is reported by `cchc check criteria/*.json`, not here
      }
    });
}
