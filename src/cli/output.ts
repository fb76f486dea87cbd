// The only place that decides colour and writes to stdout, stderr or an output file. Every
// command that writes data opens its output first (openOutput: -o checked before any work) and
// writes through the value it got: one guard for every format, text or bytes.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { WriteFailure } from '../diagnostics/codes-output.js';
import { packageRoot } from '../io/bundled-criteria.js';
import { inputFiles, planOutput, stdoutProblem, writesToTerminal, type InputFile, type OutputPlan } from '../io/output-target.js';
import { stdinTwice } from '../io/read-input.js';
import { expandPattern } from '../io/expand-pattern.js';
import { writeFileAtomic, writeThrough } from '../io/write-file.js';
import type { Lang } from '../report/messages/index.js';
import { renderDiagnostics } from '../report/render-diagnostics.js';
import { getExitCode } from './exit-code.js';
import { UsageError } from './usage-error.js';

/** FORCE_COLOR (0 = off) wins; NO_COLOR and TERM=dumb turn colour off; otherwise on a terminal only. */
export function decideColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/**
 * The width to fit the terminal tables to: a terminal's columns (COLUMNS when it does not tell,
 * else 80); none for a pipe or a file, which get the table as wide as its text.
 */
export function decideWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (stream.isTTY !== true) return undefined;
  if (stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = Number(env['COLUMNS']);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

let stderrWatched = false;
let stderrGone = false;

/** Messages to stderr; a stderr closed early (its reader gone) is let go: nothing can be told there any more. */
export function writeStderr(text: string): void {
  if (!text || stderrGone) return;
  if (!stderrWatched) {
    stderrWatched = true;
    process.stderr.on('error', () => {
      stderrGone = true;
    });
  }
  process.stderr.write(text);
}

/** A problem of the output, told in one message; the exit code is the worse of the run's and its own. */
export function fail(d: Diagnostic, lang: Lang): void {
  writeStderr(renderDiagnostics([d], { lang, color: decideColor(process.stderr), verbose: false }));
  process.exitCode = Math.max(Number(process.exitCode ?? 0), getExitCode([d]));
}

const FAILURES = new Map<string, WriteFailure>([['ENOSPC', 'disk-full'], ['EDQUOT', 'disk-full'], ['EIO', 'io-error'], ['EFBIG', 'too-large'], ['EROFS', 'read-only-fs']]);
export const failure = (code: string): WriteFailure => FAILURES.get(code) ?? 'other';
export const codeOf = (error: unknown): string => String((error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN');

let stdoutDone = false;
let stdoutWatched = false;
// `cchc … | head` closes the pipe early: stop quietly. A full disk (`> /dev/full`) or another
// failure: one message, exit 1 (or the run's own code if worse), never a stack trace. Watched
// from the first write on: a run with -o never touches process.stdout, whose stream costs start-up.
function watchStdout(lang: Lang): void {
  if (stdoutWatched) return;
  stdoutWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutDone) return;
    stdoutDone = true;
    const code = codeOf(error);
    if (code === 'EPIPE') process.exitCode = process.exitCode ?? 0;
    else fail(diag('OUTPUT_WRITE_FAILED', 'error', { file: '<stdout>' }, { failure: failure(code), code }), lang);
  });
}

/** Every write to stdout goes through here (commander's help and version too, see main.ts); a failure is told in `lang`. */
export function writeStdout(data: string | Uint8Array, lang: Lang): void {
  watchStdout(lang);
  if (!stdoutDone) process.stdout.write(data);
}

/** A run's inputs as its options hold them: one path, several (-s a.csv b.csv), or none. */
export type InputNames = readonly (string | readonly string[] | undefined)[];

/** Every input named, a pattern the shell passed on (`"diem/*.xlsx"`) as the files it matches. */
export const namesOf = (given: InputNames): string[] => given.flatMap((n) => (n === undefined ? [] : typeof n === 'string' ? [n] : [...n])).flatMap((n) => expandPattern(n) ?? [n]);

/** Where a command's data goes: -o (a file written whole or not at all, a pipe, a device) or stdout. */
export interface Output {
  /** The -o path; undefined (or `-`) for stdout. */
  readonly path: string | undefined;
  readonly lang: Lang;
  /** To a file named by -o (not stdout, whatever stdout is): never coloured, never fitted to a terminal. */
  readonly toFile: boolean;
  /** Writes the data; never rejects for a problem of the disk or the path (told, and the exit code set). */
  write(data: string | Uint8Array): Promise<void>;
}

/**
 * Opens the run's output before any work: -o (or stdout) is none of `inputNames` under any name,
 * nor cchc's own files, a folder, a read-only file, a missing or locked folder. Undefined (the
 * problem told, exit 2) when it may not be written.
 */
export function openOutput(path: string | undefined, given: InputNames, lang: Lang): Output | undefined {
  const inputNames = namesOf(given);
  // Standard input can be read once: `-c - -s -` is refused before anything is read.
  const twice = stdinTwice(inputNames);
  if (twice) {
    fail(twice, lang);
    return undefined;
  }
  const inputs = inputFiles(inputNames);
  const toFile = path !== undefined && path !== '-';
  const problem = toFile ? planOutput(path, inputs, packageRoot()).problem : stdoutProblem(inputs);
  if (problem) {
    fail(problem, lang);
    return undefined;
  }
  return { path, lang, toFile, write: (data) => writeOutput(data, path, inputs, lang) };
}

/** A failed write as the problem the user can act on: the path's (exit 2) or the disk's (exit 1). */
function writeProblem(output: string, plan: OutputPlan, error: unknown): Diagnostic | undefined {
  const code = codeOf(error);
  const at = { file: output };
  const folder = plan.kind === 'file' ? plan.path.slice(0, Math.max(1, plan.path.lastIndexOf('/'))) : output;
  if (code === 'EPIPE') return undefined; // the reader of a pipe stopped early, as `| head` does
  if (code === 'ENOENT' || code === 'ENOTDIR') return diag('OUTPUT_FOLDER_MISSING', 'error', at, { folder });
  if (code === 'EISDIR') return diag('OUTPUT_IS_DIRECTORY', 'error', at, {});
  if (code === 'ENAMETOOLONG') return diag('OUTPUT_NAME_TOO_LONG', 'error', at, {});
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return plan.kind === 'file' ? diag('OUTPUT_FOLDER_NOT_WRITABLE', 'error', at, { folder }) : diag('OUTPUT_READ_ONLY', 'error', at, {});
  }
  return diag('OUTPUT_WRITE_FAILED', 'error', at, { failure: failure(code), code });
}

/**
 * Data goes to -o or to stdout. A file is written whole or not at all (an existing one is left
 * as it was on failure); a pipe, terminal or device named by -o is written through. Never
 * rejects: a problem is told and sets the exit code.
 */
async function writeOutput(data: string | Uint8Array, output: string | undefined, inputs: InputFile[], lang: Lang): Promise<void> {
  if (!output || output === '-') {
    // A Word file or a workbook is bytes: to a pipe, yes; to a terminal, never.
    if (typeof data !== 'string' && process.stdout.isTTY) throw new UsageError(BINARY_TO_TERMINAL[lang]);
    return writeStdout(data, lang);
  }
  // Checked again as written: the file system may have changed while the run computed.
  const { plan, problem } = planOutput(output, inputs, packageRoot());
  if (!plan) return problem && fail(problem, lang);
  // -o /dev/stdout, /dev/stderr, /dev/fd/2 or /dev/tty on a terminal: a terminal all the same.
  if (typeof data !== 'string' && writesToTerminal(plan)) throw new UsageError(BINARY_TO_TERMINAL[lang]);
  try {
    if (plan.kind === 'stdout') writeStdout(data, lang);
    else if (plan.kind === 'stream') await writeThrough(plan.path, data);
    else await writeFileAtomic(plan.path, data, plan.keep);
  } catch (error) {
    const p = writeProblem(output, plan, error);
    if (p) fail(p, lang);
  }
}

const BINARY_TO_TERMINAL = {
  vi: 'tệp Word (.docx) hay sổ tính (.xlsx) là tệp nhị phân, không in ra màn hình được: ghi ra tệp bằng -o, ví dụ -o xep-hang.xlsx',
  en: 'a Word file (.docx) or a workbook (.xlsx) is binary and cannot be shown on a terminal: write it to a file with -o, e.g. -o ranking.xlsx',
};
