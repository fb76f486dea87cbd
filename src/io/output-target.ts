// What `-o` really names, found before anything is written: the file at the end of its links,
// a descriptor (/dev/stdout, /dev/fd/N, /proc/self/fd/N), a pipe or a terminal, or something
// that must not be written at all: an input of the run under any name (a link to it or to a
// folder above it, a hard link, another case on a case-insensitive disk, /proc/self/…: the same
// device and inode), cchc's own files, a folder, a read-only file, a missing or locked folder.
import { inputSource, isStdin } from './input-source.js';
import { accessSync, constants, fstatSync, lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';

/** An input as the run reads it: its name for messages and the file it is (device and inode). */
export interface InputFile {
  name: string;
  dev: number;
  ino: number;
}

export type OutputPlan =
  /** The process's own stdout (`-`, /dev/stdout, /proc/self/fd/1). */
  | { kind: 'stdout' }
  /** A pipe, a terminal, a character device or a descriptor: opened for appending and written through, never replaced. */
  | { kind: 'stream'; path: string }
  /** A file, new or replaced whole: written beside `path` (the end of its links) and renamed over it. */
  | { kind: 'file'; path: string; keep?: { mode: number; uid: number; gid: number } };

/** The identities of the inputs that exist now (`-` is stdin); a missing one is the reader's to report. */
export function inputFiles(names: readonly (string | undefined)[]): InputFile[] {
  const out: InputFile[] = [];
  for (const name of names) {
    if (!name) continue;
    try {
      // `book.xlsx#Điểm` is the file book.xlsx: writing over it would lose the clerk's workbook.
      const source = inputSource(name);
      const st = isStdin(source) ? fstatSync(0) : statSync(source.path);
      out.push({ name: isStdin(source) ? source.name : name, dev: st.dev, ino: st.ino });
    } catch {
      // Unreadable: reported when it is read.
    }
  }
  return out;
}

/** The folders of a package that cchc never writes into. */
export const PACKAGE_FOLDERS = ['bin', 'dist', 'criteria', 'schema', 'samples'] as const;

/** A process's descriptors: /proc/<pid>/fd on Linux (where /dev/fd leads), /dev/fd itself elsewhere (macOS, BSD). */
const FD_FOLDER = /^\/proc\/(?:\d+|self|thread-self)(?:\/task\/\d+)?\/fd$|^\/dev\/fd$/;

/** The descriptor a path names, when its folder is a process's fd folder (/dev/fd is a link to one). */
function descriptorOf(path: string): { pid?: number; fd: number } | undefined {
  if (!/^\d+$/.test(basename(path))) return undefined;
  let folder: string;
  try {
    folder = realpathSync(dirname(path));
  } catch {
    return undefined;
  }
  if (!FD_FOLDER.test(folder)) return undefined;
  const pid = /^\/proc\/(\d+)/.exec(folder)?.[1];
  return { fd: Number(basename(path)), ...(pid ? { pid: Number(pid) } : {}) };
}

const sameFile = (st: Stats, inputs: readonly InputFile[]): InputFile | undefined => inputs.find((i) => i.dev === st.dev && i.ino === st.ino);

/** Follows `-o`'s symbolic links one by one, stopping at a descriptor: a link to one is written through, not resolved. */
function followLinks(output: string): { path: string; links: number; descriptor?: { pid?: number; fd: number } } {
  let path = resolve(output);
  for (let links = 0; links < 40; links++) {
    const descriptor = descriptorOf(path);
    if (descriptor) return { path, links, descriptor };
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch {
      return { path, links };
    }
    if (!st.isSymbolicLink()) return { path, links };
    path = resolve(dirname(path), readlinkSync(path));
  }
  return { path, links: 40 };
}

/** The package folder a path is inside, if any. */
function packageFolderOf(path: string, root: string | undefined): string | undefined {
  if (!root) return undefined;
  let real: string;
  try {
    real = realpathSync(dirname(path));
  } catch {
    return undefined;
  }
  return PACKAGE_FOLDERS.map((f) => join(root, f)).find((f) => real === f || real.startsWith(f + sep));
}

/** The folder a new or replaced file goes in: it must exist and take a temporary file. `shown`: as the user wrote it. */
function writableFolder(output: string, path: string, shown = dirname(path)): Diagnostic | undefined {
  const folder = dirname(path);
  const at = { file: output };
  try {
    if (!statSync(folder).isDirectory()) return diag('OUTPUT_FOLDER_MISSING', 'error', at, { folder: shown });
  } catch {
    return diag('OUTPUT_FOLDER_MISSING', 'error', at, { folder: shown });
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch {
    return diag('OUTPUT_FOLDER_NOT_WRITABLE', 'error', at, { folder: shown });
  }
  return undefined;
}

/** A file nobody may write, or this user may not: refused rather than replaced. */
function readOnly(path: string, st: Stats): boolean {
  if ((st.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Where `output` would be written, or the problem (a usage error) that forbids it. `root` is
 * the package's folder (its bundled sets, samples and program are never written).
 */
export function planOutput(output: string, inputs: readonly InputFile[], root?: string): { plan?: OutputPlan; problem?: Diagnostic } {
  const at = { file: output };
  const { path, links, descriptor } = followLinks(output);
  let st: Stats | undefined;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  const input = st && sameFile(st, inputs);
  if (input) return { problem: diag('OUTPUT_IS_INPUT', 'error', at, { input: input.name }) };
  if (descriptor) {
    const own = descriptor.pid === undefined || descriptor.pid === process.pid;
    return { plan: own && descriptor.fd === 1 ? { kind: 'stdout' } : { kind: 'stream', path } };
  }
  const folder = packageFolderOf(path, root);
  if (folder) return { problem: diag('OUTPUT_IS_PACKAGE_FILE', 'error', at, { folder }) };
  if (!st) {
    if (links > 0) return { problem: diag('OUTPUT_LINK_BROKEN', 'error', at, { target: path }) };
    const problem = writableFolder(output, path, links === 0 ? dirname(output) : dirname(path));
    return problem ? { problem } : { plan: { kind: 'file', path } };
  }
  if (st.isDirectory()) return { problem: diag('OUTPUT_IS_DIRECTORY', 'error', at, {}) };
  if (st.isBlockDevice() || st.isSocket()) return { problem: diag('OUTPUT_NOT_A_FILE', 'error', at, { kind: st.isSocket() ? 'socket' : 'block-device' }) };
  if (!st.isFile()) return { plan: { kind: 'stream', path } };
  if (readOnly(path, st)) return { problem: diag('OUTPUT_READ_ONLY', 'error', at, {}) };
  const problem = writableFolder(output, path, links === 0 ? dirname(output) : dirname(path));
  return problem ? { problem } : { plan: { kind: 'file', path, keep: { mode: st.mode & 0o777, uid: st.uid, gid: st.gid } } };
}

/** stdout redirected onto an input (`cchc score -s - < a.csv >> a.csv`): the same refusal as for -o. */
export function stdoutProblem(inputs: readonly InputFile[]): Diagnostic | undefined {
  let st: Stats;
  try {
    st = fstatSync(1);
  } catch {
    return undefined;
  }
  const input = st.isFile() ? sameFile(st, inputs) : undefined;
  return input ? diag('OUTPUT_IS_INPUT', 'error', { file: '<stdout>' }, { input: input.name }) : undefined;
}
