// The criteria sets shipped in the package's criteria/ folder, found beside the built CLI.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { moduleDir } from './module-dir.js';
import type { BundledEntry } from '../criteria/pick-bundled.js';

let found: string | undefined;

/** The package's criteria/ folder: up from this module (dist/ or src/io/) to the package root. */
export function bundledDir(): string {
  if (found) return found;
  let dir = moduleDir(import.meta.url);
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'criteria'))) return (found = join(dir, 'criteria'));
    dir = dirname(dir);
  }
  return (found = join(moduleDir(import.meta.url), '..', 'criteria'));
}

/**
 * The checked set the build wrote for a bundled file, when it did: in dist/criteria-checked/,
 * beside the bundle (not dist/criteria/, which bundledDir would take for the package's folder).
 */
export function readCompiled(bundledPath: string): string | undefined {
  try {
    return readFileSync(join(moduleDir(import.meta.url), 'criteria-checked', basename(bundledPath)), 'utf8');
  } catch {
    return undefined;
  }
}

/** id, version and title of one bundled file; undefined when it is not a set (or not readable). */
function entryOf(path: string): BundledEntry | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, '')) as Record<string, unknown>;
    return typeof v['id'] === 'string' && typeof v['version'] === 'string'
      ? { id: v['id'], version: v['version'], title: typeof v['title'] === 'string' ? v['title'] : '', path }
      : undefined;
  } catch {
    return undefined; // a broken bundled file is reported by `cchc check criteria/*.json`, not here
  }
}

/**
 * The bundled set `id@version` from the file named for it (`<id>-<version>.json`, as
 * ha-tinh-xa-2021.json is), without reading the others; undefined when there is no such file or it
 * holds another set (the caller then looks through them all).
 */
export function bundledByFileName(id: string, version: string, dir = bundledDir()): BundledEntry | undefined {
  const path = join(dir, `${id}-${version}.json`);
  const entry = existsSync(path) ? entryOf(path) : undefined;
  return entry && entry.id === id && entry.version === version ? entry : undefined;
}

/** id, version and title of every bundled set (read from each file's top-level keys). */
export function listBundled(dir = bundledDir()): BundledEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => entryOf(join(dir, f)) ?? []);
}

/** The package's own folder (the one holding criteria/), resolved through links; undefined when not found. */
export function packageRoot(): string | undefined {
  const root = dirname(bundledDir());
  try {
    return existsSync(join(root, 'package.json')) ? realpathSync(root) : undefined;
  } catch {
    return undefined;
  }
}
