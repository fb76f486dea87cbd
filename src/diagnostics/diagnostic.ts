// One Diagnostic type for every problem the tool reports. Checkers return these as data;
// all wording lives in src/report/messages/, keyed by code.
import type { CriteriaArgs } from './codes-criteria.js';
import type { FilesArgs } from './codes-files.js';
import type { FindingsArgs } from './codes-findings.js';
import type { IdentityArgs } from './codes-identity.js';
import type { InputArgs, InputLimitArgs } from './codes-input.js';
import type { NumberBoundArgs } from './codes-number-bounds.js';
import type { OutputArgs } from './codes-output.js';
import type { ScoreArgs } from './codes-score.js';
import type { SheetCheckArgs } from './codes-sheet-checks.js';
import type { UncertaintyArgs, WhatIfArgs } from './codes-uncertainty.js';

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem is: a file plus line/column (1-based), and/or a JSON path, and/or a column header. */
export interface Location {
  file?: string;
  /** The workbook sheet, when the file is one: `line` is then the Excel row, `column` the 1-based column. */
  sheet?: string;
  line?: number;
  column?: number;
  /** JSON path such as `fields[2].children[0].max`. */
  path?: string;
  /** The CSV column header the problem is in. */
  header?: string;
}

/** Every diagnostic code, mapped to the type of its arguments. Each area declares its own codes. */
export interface DiagnosticArgs extends CriteriaArgs, InputArgs, InputLimitArgs, NumberBoundArgs, ScoreArgs, SheetCheckArgs, UncertaintyArgs, WhatIfArgs, OutputArgs, FindingsArgs, IdentityArgs, FilesArgs {}
export type Code = keyof DiagnosticArgs;

export type Diagnostic = {
  [C in Code]: { code: C; severity: Severity; loc: Location; args: DiagnosticArgs[C] };
}[Code];

export function diag<C extends Code>(
  code: C,
  severity: Severity,
  loc: Location,
  args: DiagnosticArgs[C],
): Diagnostic {
  return { code, severity, loc, args } as Diagnostic;
}

/**
 * Appends every item: `target.push(...items)` passes each item as an argument and overflows the
 * stack past about 100,000 of them (a survey file with every answer wrong).
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/**
 * Problems found where no list can carry them: a renderer that returns bytes refusing, before it
 * writes anything, what its format cannot hold (a sheet wider than Excel's, a Word annex too large
 * to build in bounded memory). Thrown; the CLI prints them as any diagnostics.
 */
export class DiagnosticsError extends Error {
  readonly kind = 'cchc-diagnostics';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.code).join(', '));
  }
}

/** By its mark, not instanceof: a lazy chunk (the workbook writer) bundles a copy of this class of its own. */
export const isDiagnosticsError = (e: unknown): e is DiagnosticsError => e instanceof Error && (e as { kind?: unknown }).kind === 'cchc-diagnostics';

/** Stable order: by file, line, column, path, then code. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      cmp(a.loc.file ?? '', b.loc.file ?? '') ||
      cmp(a.loc.sheet ?? '', b.loc.sheet ?? '') ||
      (a.loc.line ?? 0) - (b.loc.line ?? 0) ||
      (a.loc.column ?? 0) - (b.loc.column ?? 0) ||
      cmp(a.loc.path ?? '', b.loc.path ?? '') ||
      cmp(a.code, b.code),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
