// Whole-file reads and writes. `-o` must write the whole file or nothing: the data goes to a
// temporary file beside the target and is renamed over it, so a failure leaves the old file intact.
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Writes `data` to `path` atomically; throws (after removing the temporary file) on failure. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  // Unique enough with the process id: the file is created exclusively (wx), never over another.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid.toString(16)}${Math.random().toString(16).slice(2, 8)}.tmp`);
  try {
    // Keep the permissions of a file being replaced (rename would give it the temp file's).
    const mode = existingMode(path);
    writeFileSync(temp, data, mode === undefined ? { flag: 'wx' } : { flag: 'wx', mode });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Reads a whole input file, or stdin for `-`. A missing file is INPUT_FILE_UNREADABLE with kind 'missing'. */
export function readInput(pathOrDash: string): { bytes?: Uint8Array; diagnostics: Diagnostic[] } {
  try {
    return { bytes: readFileSync(pathOrDash === '-' ? 0 : pathOrDash), diagnostics: [] };
  } catch (error) {
    return { diagnostics: [unreadable(pathOrDash, error)] };
  }
}

/** INPUT_FILE_UNREADABLE for the error reading `file` threw, with its kind when the cause is known. */
export function unreadable(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  const kind: 'missing' | 'directory' | 'permission' | undefined = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'directory' : code === 'EACCES' || code === 'EPERM' ? 'permission' : undefined;
  const reason = error instanceof Error ? error.message : String(error);
  return diag('INPUT_FILE_UNREADABLE', 'error', { file }, kind ? { reason, kind } : { reason });
}
