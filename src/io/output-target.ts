// What `-o` really names, found before anything is written: the file at the end of its links,
// a descriptor (/dev/stdout, /dev/fd/N, /proc/self/fd/N), a pipe or a terminal, or something
// that must not be written at all: an input of the run under any name (a link to it or to a
// folder above it, a hard link, another case on a case-insensitive disk, /proc/self/…: the same
// device and inode), cchc's own files, a folder, a read-only file, a missing or locked folder.
// A path is taken as it looks: a trailing `/` names a folder, a relative path needs a working
// folder that still exists, and a terminal is a terminal however it is named (/dev/tty, /dev/fd/2).
import { inputSource, isStdin } from './input-source.js';
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { isatty } from 'node:tty';
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
  /**
   * A pipe, a terminal, a character device or a descriptor: opened for appending and written
   * through, never replaced. `fd`: this process's own descriptor it names; `device`: a character device.
   */
  | { kind: 'stream'; path: string; fd?: number; device?: boolean }
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
export function packageFolderOf(path: string, root: string | undefined): string | undefined {
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
export function writableFolder(output: string, path: string, shown = dirname(path)): Diagnostic | undefined {
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
  // The working folder was removed under the run: a relative path leads nowhere (not a fault of cchc's).
  if (!isAbsolute(output) && !workingFolderExists()) return { problem: diag('OUTPUT_FOLDER_MISSING', 'error', at, { folder: dirname(output) }) };
  if (namesFolder(output)) return { problem: folderProblem(output) };
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
    if (own && descriptor.fd === 1) return { plan: { kind: 'stdout' } };
    return { plan: own ? { kind: 'stream', path, fd: descriptor.fd } : { kind: 'stream', path, ...(st?.isCharacterDevice() ? { device: true } : {}) } };
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
  if (!st.isFile()) return { plan: { kind: 'stream', path, ...(st.isCharacterDevice() ? { device: true } : {}) } };
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

/** Whether the process still has a working folder (it may have been removed while cchc ran, or before). */
function workingFolderExists(): boolean {
  try {
    process.cwd();
    return true;
  } catch {
    return false;
  }
}

/** `notes/`, `notes/.`, `..`: a path that can only name a folder, never a file to write. */
export const namesFolder = (output: string): boolean => output.endsWith('/') || output.endsWith(sep) || /(?:^|[/\\])\.\.?$/.test(output);

/** Why a folder's name is no file to write: it is a folder, a file (`notes/` where notes is a file), or nothing. */
function folderProblem(output: string): Diagnostic {
  const at = { file: output };
  try {
    if (statSync(output).isDirectory()) return diag('OUTPUT_IS_DIRECTORY', 'error', at, {});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return diag('OUTPUT_FOLDER_MISSING', 'error', at, { folder: output });
  }
  return diag('OUTPUT_NOT_A_FOLDER', 'error', at, {});
}

/**
 * Whether the plan writes to a terminal, however it is named (stdout, /dev/stdout, /dev/stderr,
 * /dev/fd/2, /dev/tty): a Word file or a workbook is refused there. A character device is opened
 * to ask (without becoming the process's terminal, without waiting), a pipe never (its reader
 * would see the end of its data).
 */
export function writesToTerminal(plan: OutputPlan): boolean {
  if (plan.kind === 'stdout') return isatty(1);
  if (plan.kind !== 'stream') return false;
  if (plan.fd !== undefined) return isatty(plan.fd);
  if (!plan.device) return false;
  let fd: number;
  try {
    fd = openSync(plan.path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch {
    return false;
  }
  try {
    return isatty(fd);
  } finally {
    closeSync(fd);
  }
}
