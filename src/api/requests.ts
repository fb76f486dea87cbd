// The library's options turned into the core's requests and the renderers' settings: plain data,
// checked here (a value out of range is the calling program's bug: a RangeError).
import { readerOptions, type ReaderOptions } from '../core/reader-options.js';
import type { JobRequest } from '../core/run-job.js';
import type { InputLimit } from '../io/input-limit.js';
import { bytesInput, inputSource, type InputSource } from '../io/input-source.js';
import type { RenderSettings } from '../report/kinds/render-settings.js';
import { isoDate, parseReportDate, settingsOf, type ReportDate } from '../report/report-settings.js';
import type { Criteria, Input, Lang, ReadOptions, RenderOptions } from './types.js';

declare const CCHC_VERSION: string;

export function sourceOf(input: Input, what: string): InputSource {
  if (typeof input === 'string') return inputSource(input);
  if (input && input.bytes instanceof Uint8Array) return bytesInput(input.bytes, input.name ?? `<${what}>`, input.sheet);
  throw new TypeError(`cchc: ${what} must be a path or { bytes: Uint8Array }`);
}

export const langOf = (o: { lang?: Lang }): Lang => (o.lang === 'en' ? 'en' : 'vi');

export function readerOf(o: ReadOptions, hash = true): ReaderOptions {
  return readerOptions({ ...(o.decimal ? { decimal: o.decimal } : {}), convertTcvn3: o.convertTcvn3 === true, missing: o.missing === 'zero' ? 'zero' : 'error', hash, ...limitOf(o) });
}

/** `maxInputBytes` as the readers take it. */
export function limitOf(o: { maxInputBytes?: number }): { limit?: InputLimit } {
  const n = o.maxInputBytes;
  if (n === undefined) return {};
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError('cchc: maxInputBytes is a whole number of bytes above 0');
  return { limit: { bytes: n, text: `${n} byte` } };
}

export interface JobOptions extends ReadOptions {
  criteria?: Criteria;
  /** One input, or several read as one (one file per team, per commune…). */
  scores: Input | readonly Input[];
  survey?: Input | readonly Input[];
  findings?: Input | readonly Input[];
}

/** One input or several, as the core's sources. */
export const sourcesOf = (input: Input | readonly Input[], what: string): InputSource[] => (Array.isArray(input) ? (input as readonly Input[]) : [input as Input]).map((i) => sourceOf(i, what));

export function jobOf(o: JobOptions, keepForms = false): JobRequest {
  return {
    ...(o.criteria !== undefined ? { criteria: o.criteria } : {}),
    scores: sourcesOf(o.scores, 'scores'),
    ...(o.survey !== undefined ? { survey: sourcesOf(o.survey, 'survey') } : {}),
    ...(o.findings !== undefined ? { findings: sourcesOf(o.findings, 'findings') } : {}),
    reader: { ...readerOf(o), keepForms },
  };
}

const today = (): ReportDate => {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
};

/** The settings of a rendered report: the date given (checked), else today. */
export function renderOf(o: RenderOptions<string> & { lang?: Lang }): RenderSettings {
  const r = o.report ?? {};
  const date = r.date === undefined ? undefined : parseReportDate(r.date);
  if (r.date !== undefined && !date) throw new RangeError(`cchc: report.date ${JSON.stringify(r.date)} is not a date YYYY-MM-DD`);
  if (r.year !== undefined && !/^\d{4}$/.test(r.year.trim())) throw new RangeError(`cchc: report.year ${JSON.stringify(r.year)} is not a year of 4 digits`);
  const report = settingsOf(r, () => date ?? today(), typeof CCHC_VERSION === 'string' ? CCHC_VERSION : 'dev');
  return { lang: langOf(o), mark: o.outputDecimal === 'comma' ? ',' : '.', color: false, report, ...(date ? { workbookDate: isoDate(date) } : {}) };
}

/** The format asked for, if it is one of `formats`. */
export function formatOf<F extends string>(format: string | undefined, formats: readonly F[]): F | undefined {
  if (format === undefined) return undefined;
  if (!(formats as readonly string[]).includes(format)) throw new RangeError(`cchc: format ${JSON.stringify(format)} is not one of ${formats.join(', ')}`);
  return format as F;
}
