// The only place that decides colour and writes to stdout/stderr or an output file.
import { writeFileAtomic } from '../io/write-file.js';
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

let pipeClosed = false;
let watched = false;
// `cchc … | head` closes the pipe early: stop quietly instead of printing a stack trace. Watched
// from the first write on: a run with -o never touches process.stdout, whose stream costs start-up.
function watchStdout(): void {
  if (watched) return;
  watched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      pipeClosed = true;
      process.exitCode = process.exitCode ?? 0;
    } else throw err;
  });
}

/** Every write to stdout goes through here (commander's help and version too, see main.ts). */
export function writeStdout(text: string | Uint8Array): void {
  watchStdout();
  if (!pipeClosed) process.stdout.write(text);
}

export function writeStderr(text: string): void {
  if (text) process.stderr.write(text);
}

/** Data (text, or the bytes of a Word file or a workbook) goes to `-o` (whole file or nothing) or to stdout; bytes to a pipe, never to a terminal. */
export function emit(data: string | Uint8Array, output: string | undefined, lang: 'vi' | 'en' = 'vi'): void {
  if (output && output !== '-') return writeFileAtomic(output, data);
  if (typeof data !== 'string' && process.stdout.isTTY) throw new UsageError(BINARY_TO_TERMINAL[lang]);
  writeStdout(data);
}

const BINARY_TO_TERMINAL = {
  vi: 'sổ tính (.xlsx) là tệp nhị phân, không in ra màn hình được: ghi ra tệp bằng -o, ví dụ -o xep-hang.xlsx',
  en: 'a workbook (.xlsx) is binary and cannot be shown on a terminal: write it to a file with -o, e.g. -o ranking.xlsx',
};
