// --criteria takes a path or a bundled name (`ha-tinh-xa`, `ha-tinh-xa@2021`); omitted means
// the newest bundled ha-tinh-xa.
import { existsSync } from 'node:fs';
import type { CriteriaSet } from '../criteria/model.js';
import { parseCriteria } from '../criteria/parse-criteria.js';
import { looksLikeBundledName, pickBundled } from '../criteria/pick-bundled.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { listBundled } from '../io/bundled-criteria.js';
import { readInput } from '../io/write-file.js';

export const DEFAULT_CRITERIA = 'ha-tinh-xa';

export interface LoadedCriteria {
  criteria?: CriteriaSet;
  path: string;
  bytes?: Uint8Array;
  diagnostics: Diagnostic[];
}

export function resolveCriteriaPath(name: string): { path?: string; diagnostics: Diagnostic[] } {
  if (existsSync(name) || !looksLikeBundledName(name)) return { path: name, diagnostics: [] };
  const bundled = listBundled();
  const entry = pickBundled(bundled, name);
  if (entry) return { path: entry.path, diagnostics: [] };
  const available = bundled.map((e) => `${e.id}@${e.version}`).join(', ') || '—';
  return { diagnostics: [diag('CRITERIA_NOT_FOUND', 'error', { file: name }, { name, available })] };
}

export function loadCriteria(name: string = DEFAULT_CRITERIA): LoadedCriteria {
  const resolved = resolveCriteriaPath(name);
  if (!resolved.path) return { path: name, diagnostics: resolved.diagnostics };
  const path = resolved.path;
  const read = readInput(path);
  if (!read.bytes) return { path, diagnostics: read.diagnostics };
  const text = new TextDecoder('utf-8').decode(read.bytes);
  const display = path === '-' ? '<stdin>' : path;
  const { criteria, diagnostics } = parseCriteria(text, display);
  return criteria ? { criteria, path, bytes: read.bytes, diagnostics } : { path, bytes: read.bytes, diagnostics };
}
