// The command line's options turned into what the core and the renderers take, in one place each:
// the inputs (`-` and `book.xlsx#Sheet` understood once), the reader's options, the render settings.
import type { JobRequest } from '../core/run-job.js';
import { readerOptions, type ReaderOptions } from '../core/reader-options.js';
import { inputLimit } from '../io/input-limit.js';
import { expandPattern } from '../io/expand-pattern.js';
import { inputSource, type InputSource } from '../io/input-source.js';
import { diag } from '../diagnostics/diagnostic.js';
import { messageOf } from '../report/messages/index.js';
import { UsageError } from './usage-error.js';
import type { RenderSettings } from '../report/kinds/render-settings.js';
import type { Lang } from '../report/messages/index.js';
import { createProgress, wantsProgress } from './progress.js';
import { decideColor, decideWidth, type Output } from './output.js';
import { reportSettings, decideReportDate, type ReportOptions } from './report-options.js';
import { isoDate } from '../report/report-settings.js';

export interface ReaderFlags {
  decimal?: 'dot' | 'comma';
  convertTcvn3?: boolean;
  missing?: 'zero';
  lang: Lang;
}

export interface JobFlags extends ReaderFlags {
  criteria?: string;
  /** -s, -u, --findings: each one or more files (the option repeated, or the shell's expansion of a pattern). */
  scores: string[];
  survey?: string[];
  findings?: string[];
}

/**
 * The files given for one role, each named once: a pattern the shell passed on unexpanded
 * (`"diem/*.xlsx"`, or any on Windows) stands for the files it matches; one that matches none is a
 * usage error (exit 2) before anything is read.
 */
export function inputsOf(args: readonly string[], lang: Lang): InputSource[] {
  const paths = args.flatMap((arg) => {
    const matched = expandPattern(arg);
    if (matched === undefined) return [arg];
    if (matched.length === 0) throw new UsageError(messageOf(diag('INPUT_NO_FILES_MATCH', 'error', {}, { pattern: arg }), lang).text);
    return matched;
  });
  return [...new Set(paths)].map(inputSource);
}

/** The reader's options from the command line; a long read draws its progress on a terminal. */
export function readerFromFlags(o: ReaderFlags, extra: { hash: boolean; keepForms?: boolean }): { reader: ReaderOptions; done: () => void } {
  const progress = createProgress(() => wantsProgress(), o.lang);
  const reader = readerOptions({ ...(o.decimal ? { decimal: o.decimal } : {}), convertTcvn3: o.convertTcvn3 === true, missing: o.missing ?? 'error', ...extra, onProgress: progress.update, limit: inputLimit(process.env) });
  return { reader, done: progress.done };
}

export function jobRequest(o: JobFlags, reader: ReaderOptions): JobRequest {
  return {
    ...(o.criteria !== undefined ? { criteria: o.criteria } : {}),
    scores: inputsOf(o.scores, o.lang),
    ...(o.survey !== undefined ? { survey: inputsOf(o.survey, o.lang) } : {}),
    ...(o.findings !== undefined ? { findings: inputsOf(o.findings, o.lang) } : {}),
    reader,
  };
}

/** The output's decimal mark: --output-decimal, else --decimal (the contract's option), else a point. */
export function outputMark(o: { decimal?: 'dot' | 'comma'; outputDecimal?: 'dot' | 'comma' }): '.' | ',' {
  return (o.outputDecimal ?? o.decimal) === 'comma' ? ',' : '.';
}

/**
 * The date a workbook carries: --date, or SOURCE_DATE_EPOCH, as the report settings read them
 * (checked there); none otherwise, not today's: the same inputs then give the same bytes any day.
 */
export function reportDate(o: ReportOptions & { lang?: Lang }, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (o.date === undefined && (env['SOURCE_DATE_EPOCH'] ?? '') === '') return undefined;
  return isoDate(decideReportDate(o, env));
}

export interface RenderFlags extends ReportOptions {
  lang: Lang;
  decimal?: 'dot' | 'comma';
  outputDecimal?: 'dot' | 'comma';
  wide?: boolean;
  withFindings?: boolean;
}

/**
 * How the report is rendered, decided before any file is read (a bad --date is a usage error
 * first): colour and the terminal's width only when it goes to a terminal.
 */
export function renderSettings(o: RenderFlags, out: Pick<Output, 'toFile'>): RenderSettings {
  const report = reportSettings(o);
  const width = out.toFile ? undefined : decideWidth(process.stdout);
  const date = reportDate(o);
  return {
    lang: o.lang,
    mark: outputMark(o),
    color: !out.toFile && decideColor(process.stdout),
    layout: { ...(width === undefined ? {} : { width }), ...(o.wide ? { wide: true } : {}) },
    report,
    ...(date ? { workbookDate: date } : {}),
    ...(o.withFindings ? { withFindings: true } : {}),
  };
}
