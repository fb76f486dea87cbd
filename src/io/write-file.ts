// Whole-file writes (reading is src/io/read-input.ts). `-o` must write the whole file or nothing:
// the data goes to a temporary file beside the target and is renamed over it, so a failure leaves
// the old file intact; the temporary file is removed when the write fails or the run is interrupted (SIGINT,
// SIGTERM, SIGHUP). Only SIGKILL or a power cut can leave one behind (`.<name>.<id>.cchc-tmp`),
// and never in place of the target. Pipes, terminals and devices are written through instead.
import { rmSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files (and folders: `cchc notices`) being written, removed if the process is stopped before they are renamed. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { recursive: true, force: true });
    } catch {
      // Already renamed or never created.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unwatchSignals();
  // Stopped as the signal would have stopped it: the shell sees "interrupted", not an exit code.
  process.kill(process.pid, signal);
}

function watchSignals(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removePending);
}

/** Listening to a signal keeps it from ending the process: listened to only while a temporary file exists. */
function unwatchSignals(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removePending);
}

/** A temporary file or folder removed if the run is stopped before `releaseTemp` (it was renamed into place, or removed). */
export function holdTemp(temp: string): void {
  if (pending.size === 0) watchSignals();
  pending.add(temp);
}

export function releaseTemp(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) unwatchSignals();
}

/** At most `max` bytes of `s` in UTF-8, cut between characters. */
function cutToBytes(s: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** A name beside the target that fits the 255-byte limit of file names, however long the target's. */
export function tempNameFor(path: string): string {
  const id = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(path), `.${cutToBytes(basename(path), 200)}.${id}.cchc-tmp`);
}

/**
 * Writes `data` to `path` whole or not at all; rejects (after removing the temporary file) on
 * failure. `keep`: the permissions and owner of the file being replaced, which rename would
 * otherwise lose.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, keep?: { mode: number; uid: number; gid: number }): Promise<void> {
  const temp = tempNameFor(path);
  holdTemp(temp);
  try {
    // Created exclusively (wx): never over another file, whatever is at that name.
    const file = await open(temp, 'wx', keep?.mode ?? 0o666);
    try {
      if (keep) {
        await file.chmod(keep.mode);
        if (process.getuid?.() === 0 && process.getuid() !== keep.uid) await file.chown(keep.uid, keep.gid).catch(() => undefined);
      }
      await file.writeFile(data);
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    releaseTemp(temp);
  }
}

/** Writes `data` through to a pipe, a terminal or a device (opened for appending: never truncated, never replaced). */
export async function writeThrough(path: string, data: string | Uint8Array): Promise<void> {
  const file = await open(path, 'a');
  try {
    await file.writeFile(data);
  } finally {
    await file.close();
  }
}
