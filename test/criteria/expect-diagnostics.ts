// Reading criteria fixtures and comparing diagnostics by code and location (never by wording).
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import { sortDiagnostics, type Code, type Diagnostic, type Severity } from '../../src/diagnostics/diagnostic.js';

const FIXTURES = new URL('../fixtures/criteria/', import.meta.url);

/** The `.json` files of one fixture folder (`valid`, `invalid`, `warning`), sorted. */
export const fixtureFiles = (folder: string): string[] =>
  readdirSync(new URL(`${folder}/`, FIXTURES))
    .filter((f) => f.endsWith('.json'))
    .sort();

export const readFixture = (folder: string, name: string): string => readFileSync(new URL(`${folder}/${name}`, FIXTURES), 'utf8');

/** Parses a fixture, naming the file as its folder-relative path. */
export const parseFixture = (folder: string, name: string) => parseCriteria(readFixture(folder, name), `${folder}/${name}`);

/**
 * One expected diagnostic: code, line, then optionally column and JSON path (compared when given),
 * then optionally a subset of its args (compared with toMatchObject).
 */
export type Expected =
  | readonly [code: Code, line: number]
  | readonly [code: Code, line: number, column: number]
  | readonly [code: Code, line: number, column: number, path: string | undefined]
  | readonly [code: Code, line: number, column: number, path: string | undefined, args: Record<string, unknown>];

export const ofSeverity = (ds: readonly Diagnostic[], severity: Severity): Diagnostic[] => ds.filter((d) => d.severity === severity);

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// The same order as sortDiagnostics (one file): line, column, path, code.
const byLocation = (a: Expected, b: Expected): number =>
  a[1] - b[1] || (a[2] ?? 0) - (b[2] ?? 0) || cmp(a[3] ?? '', b[3] ?? '') || cmp(a[0], b[0]);

/** Asserts that `actual` holds exactly the `expected` diagnostics, in any order. */
export function expectDiagnostics(actual: readonly Diagnostic[], expected: readonly Expected[]): void {
  const want = [...expected].sort(byLocation);
  const got = sortDiagnostics(actual);
  const project = (d: Diagnostic, i: number) =>
    [d.code, d.loc.line, d.loc.column, d.loc.path].slice(0, Math.min(4, want[i]?.length ?? 4));
  expect(got.map(project)).toEqual(want.map((e) => e.slice(0, 4)));
  want.forEach((e, i) => {
    if (e.length === 5) expect(got[i]?.args, `args of ${e[0]} at line ${e[1]}`).toMatchObject(e[4]);
  });
}
