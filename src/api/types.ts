import type { Location } from '../diagnostics/diagnostic.js';
import type { ReportFields } from '../report/report-settings.js';

// The library's public types: plain data in, plain data out. Names and values are the CLI's (the
// JSON reports' keys; the CSV's snake_case column names in camelCase).

/** An input sheet: a path (`book.xlsx#Sheet` picks a workbook's sheet; `-` reads stdin), or bytes (a CSV or a workbook). */
export type Input = string | { bytes: Uint8Array; name?: string; sheet?: string };

/** A criteria set: a bundled id (`ha-tinh-xa`, `ha-tinh-xa@2021`), a path, or the set itself as JSON data. */
export type Criteria = string | { readonly [key: string]: unknown };

export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning' | 'info';

/** One problem, located: the file (and a workbook's sheet), line and column, or the JSON path. */
export interface Diagnostic extends Location {
  code: string;
  severity: Severity;
  /** The message in the language asked for (`lang`, Vietnamese by default). */
  message: string;
  /** What to do about it, where there is advice. */
  hint?: string;
  /** The values the message is made of, per code. */
  args: Readonly<Record<string, unknown>>;
}

/** How the inputs are read (as the CLI's options of the same names). */
export interface ReadOptions {
  /** The inputs' decimal mark, forced; detected per file otherwise. */
  decimal?: 'dot' | 'comma';
  /** A missing appraisal value counts 0 points instead of being an error. */
  missing?: 'zero' | 'error';
  /** Convert text in the TCVN3 (ABC) font encoding instead of refusing it. */
  convertTcvn3?: boolean;
  /** The language of the diagnostics' messages and of a rendered report. */
  lang?: Lang;
  /** The largest input read, in bytes (the CLI's CCHC_MAX_INPUT); 2 GiB by default, a criteria file 8 MiB at most. */
  maxInputBytes?: number;
}

/** What a published report says about itself (the CLI's --date, --title, --issuer…; lines separated by `|`). */
export interface ReportOptions extends ReportFields {
  /** YYYY-MM-DD; today by default. A workbook carries a date only when one is given. */
  date?: string;
}

/** Asks for the report as the CLI writes it (`output`): text for csv, json, md, html, table; bytes for docx, xlsx. */
export interface RenderOptions<F extends string> {
  format?: F;
  report?: ReportOptions;
  /** The decimal mark of numbers written as text (the CLI's --output-decimal). */
  outputDecimal?: 'dot' | 'comma';
}

export interface Result {
  /** No problem is an error. */
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface InputInfo {
  role: string;
  file: string;
  sha256: string;
}

export interface SetInfo {
  id: string;
  version: string;
  title: string;
  precision: number;
}
