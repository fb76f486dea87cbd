// The one way any input is opened and read: a criteria file, a sheet, a findings sheet, a ranking.
// Every input is opened once; a device (/dev/zero, a disk) is refused before a byte is read, a
// file past the size limit too, and a pipe or stdin is read in chunks and stopped at the limit,
// so an endless pipe costs bounded memory. Sheets stream their bytes from here
// (src/io/read-sheet-file.ts); small inputs (a criteria file) are read whole by readInput.
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { isatty } from 'node:tty';
import type { UnreadableKind } from '../diagnostics/codes-input.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_LIMIT, type InputLimit } from './input-limit.js';
import { createSha256 } from './sha256.js';

const CHUNK = 64 * 1024;

export interface OpenedInput {
  fd: number;
  stat: Stats;
  /** Closes the file (stdin is left open). */
  close(): void;
}

/** Opens `path` (`-`: stdin) and says what it is, or why it may not be read. `file`: its name in messages. */
export function openInput(path: string, file: string, limit: InputLimit = DEFAULT_LIMIT): OpenedInput | { diagnostics: Diagnostic[] } {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    return { diagnostics: [unreadable(file, error)] };
  }
  const close = () => {
    if (path !== '-') closeSync(fd);
  };
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch (error) {
    close();
    return { diagnostics: [unreadable(file, error)] };
  }
  const refuse = (d: Diagnostic) => {
    close();
    return { diagnostics: [d] };
  };
  if (stat.isDirectory()) return refuse(diag('INPUT_FILE_UNREADABLE', 'error', { file }, { reason: 'EISDIR', kind: 'directory' }));
  // /dev/zero, /dev/urandom, a disk: never ends, or is no input. A terminal is someone typing.
  if ((stat.isCharacterDevice() || stat.isBlockDevice()) && !isatty(fd)) return refuse(diag('INPUT_DEVICE', 'error', { file }, {}));
  if (stat.isFile() && stat.size > limit.bytes) return refuse(tooLarge(file, stat.size, limit));
  return { fd, stat, close };
}

/** INPUT_TOO_LARGE: `size` bytes (or more, for a pipe) against the limit, said as the user set it. */
export const tooLarge = (file: string, size: number, limit: InputLimit): Diagnostic =>
  diag('INPUT_TOO_LARGE', 'error', { file }, { size, limit: limit.text, ...(limit.kind ? { kind: limit.kind } : {}) });

/**
 * Reads a whole input (`-`: stdin) within `limit`: a criteria file, which is parsed whole. A
 * pipe is read until it ends or passes the limit, never further.
 */
export function readInput(path: string, file: string = path === '-' ? '<stdin>' : path, limit: InputLimit = DEFAULT_LIMIT): { bytes?: Uint8Array; diagnostics: Diagnostic[] } {
  const opened = openInput(path, file, limit);
  if ('diagnostics' in opened) return opened;
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readChunk(opened.fd, buf);
      if (n === 0) break;
      total += n;
      if (total > limit.bytes) return { diagnostics: [tooLarge(file, total, limit)] };
      chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
    }
    return { bytes: Buffer.concat(chunks, total), diagnostics: [] };
  } catch (error) {
    return { diagnostics: [unreadable(file, error)] };
  } finally {
    opened.close();
  }
}

/** One read; a stdin left non-blocking by another program is waited for rather than spun on. */
function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** The SHA-256 of an open regular file, read in chunks from its start (never whole in memory, whatever its size). */
export function hashFd(fd: number): string {
  const hash = createSha256();
  const buf = Buffer.allocUnsafe(CHUNK);
  for (let at = 0, n = readSync(fd, buf, 0, CHUNK, 0); n > 0; at += n, n = readSync(fd, buf, 0, CHUNK, at)) hash.update(buf.subarray(0, n));
  return hash.digest('hex');
}

/** The SHA-256 of a regular file, asked for after it was read (a report that shows it). */
export function hashInputFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return hashFd(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Standard input can be read once in a run: `-c - -s -` or `compare - -` would give the second
 * reader nothing. A usage error (exit 2) before anything is read, naming how often `-` was given.
 */
export function stdinTwice(names: readonly (string | readonly string[] | undefined)[]): Diagnostic | undefined {
  const count = names.flat().filter((n) => n === '-').length;
  return count > 1 ? diag('INPUT_STDIN_TWICE', 'error', { file: '<stdin>' }, { count }) : undefined;
}

/** The system's error codes that a message words (the others are named by their code). */
const KINDS: Record<string, UnreadableKind> = {
  ENOENT: 'missing',
  EISDIR: 'directory',
  EACCES: 'permission',
  EPERM: 'permission',
  ENOTDIR: 'not-a-folder',
  ENAMETOOLONG: 'name-too-long',
  ELOOP: 'link-loop',
};

/** INPUT_FILE_UNREADABLE for the error reading `file` threw, with its kind when the cause is known. */
export function unreadable(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  const kind = code === undefined ? undefined : KINDS[code];
  const reason = error instanceof Error ? error.message : String(error);
  return diag('INPUT_FILE_UNREADABLE', 'error', { file }, kind ? { reason, kind } : { reason, ...(code ? { code } : {}) });
}
