// --criteria takes a path or a bundled name (`ha-tinh-xa`, `ha-tinh-xa@2021`); omitted means
// the newest bundled ha-tinh-xa.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CriteriaSet } from '../criteria/model.js';
import { parseCriteria } from '../criteria/parse-criteria.js';
import { looksLikeBundledName, pickBundled } from '../criteria/pick-bundled.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { bundledByFileName, bundledDir, listBundled, readCompiled } from '../io/bundled-criteria.js';
import { readCompiledCriteria } from '../criteria/compiled.js';
import { decodeCriteria } from '../criteria/decode-criteria.js';
import { STDIN_NAME } from '../io/input-source.js';
import { criteriaLimit, DEFAULT_LIMIT, type InputLimit } from '../io/input-limit.js';
import { readInput } from '../io/read-input.js';

export const DEFAULT_CRITERIA = 'ha-tinh-xa';

/**
 * A criteria set as a caller names it: a bundled id (`ha-tinh-xa`, `ha-tinh-xa@2021`), a path (`-`:
 * stdin), or the set itself as JSON data (a program's); omitted: the newest bundled ha-tinh-xa.
 */
export type CriteriaRequest = string | { readonly [key: string]: unknown };

/** How messages name a set given as data. */
export const CRITERIA_DATA_NAME = '<criteria>';

export interface LoadedCriteria {
  criteria?: CriteriaSet;
  path: string;
  /** The name used in messages and reports: a bundled set is `criteria/<file>`, the same on every machine. */
  display: string;
  /** A set bundled with cchc: reports name it `id@version`, never by its path inside the package. */
  bundled?: boolean;
  bytes?: Uint8Array;
  diagnostics: Diagnostic[];
}

export function resolveCriteriaPath(name: string): { path?: string; display?: string; bundled?: boolean; diagnostics: Diagnostic[] } {
  if (existsSync(name) || !looksLikeBundledName(name)) return { path: name, display: name === '-' ? STDIN_NAME : name, diagnostics: [] };
  const [id, version] = name.split('@') as [string, string | undefined];
  const named = version === undefined ? undefined : bundledByFileName(id, version);
  if (named) return { path: named.path, display: `criteria/${basename(named.path)}`, bundled: true, diagnostics: [] };
  const bundled = listBundled();
  const entry = pickBundled(bundled, name);
  if (entry) return { path: entry.path, display: `criteria/${basename(entry.path)}`, bundled: true, diagnostics: [] };
  const available = bundled.map((e) => `${e.id}@${e.version}`).join(', ') || '—';
  return { diagnostics: [diag('CRITERIA_NOT_FOUND', 'error', { file: name }, { name, available })] };
}

/** `limit`: the largest input the caller reads (the CLI: CCHC_MAX_INPUT); a criteria file is held to at most 8 MiB of it. */
export function loadCriteria(request: CriteriaRequest = DEFAULT_CRITERIA, limit: InputLimit = DEFAULT_LIMIT): LoadedCriteria {
  if (typeof request !== 'string') return criteriaFromData(request);
  const name = request;
  const resolved = resolveCriteriaPath(name);
  if (!resolved.path) return { path: name, display: name, diagnostics: resolved.diagnostics };
  const path = resolved.path;
  const display = resolved.display ?? path;
  const read = readInput(path, display, criteriaLimit(limit));
  if (!read.bytes) return { path, display, diagnostics: read.diagnostics };
  const { text, diagnostics: encoding } = decodeCriteria(read.bytes, display);
  if (text === undefined) return { path, display, bytes: read.bytes, diagnostics: encoding };
  // A bundled set was checked when the package was built: read as checked, if the file is unchanged.
  const compiled = resolved.bundled ? readCompiled(path) : undefined;
  const { criteria, diagnostics } = (compiled !== undefined && readCompiledCriteria(compiled, text)) || parseCriteria(text, display);
  // Named or given by its path, a file of the package's criteria/ folder is a bundled set.
  const bundled = resolved.bundled === true || dirname(resolve(path)) === resolve(bundledDir());
  return criteria ? { criteria, path, display, bundled, bytes: read.bytes, diagnostics } : { path, display, bundled, bytes: read.bytes, diagnostics };
}

/** A set given as data: checked as the same JSON in a file would be (its problems located by JSON path). */
function criteriaFromData(data: { readonly [key: string]: unknown }): LoadedCriteria {
  const text = JSON.stringify(data, null, 2);
  const bytes = new TextEncoder().encode(text);
  const { criteria, diagnostics } = parseCriteria(text, CRITERIA_DATA_NAME);
  const loaded = { path: CRITERIA_DATA_NAME, display: CRITERIA_DATA_NAME, bytes, diagnostics };
  return criteria ? { ...loaded, criteria } : loaded;
}
