// A folder of files written whole or not at all (`cchc notices -o FOLDER`): every file goes into a
// temporary folder beside the target (`.<name>.<id>.cchc-tmp`), which is then renamed into place:
// onto nothing, or onto an empty folder (which rename replaces). A failure part way, or a run
// stopped by Ctrl-C, SIGTERM or SIGHUP, removes the temporary folder and leaves the target as it
// was. A folder that holds anything is refused rather than mixed: its files would be some old,
// some new, and a unit dropped from the sheet would keep its old notice.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { chmod, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageFolderOf, writableFolder, type InputFile } from './output-target.js';
import { holdTemp, releaseTemp, tempNameFor } from './write-file.js';

export interface FolderPlan {
  /** The folder, its links followed. */
  path: string;
  /** The permissions of the empty folder being replaced, kept; absent for a new folder. */
  keepMode?: number;
}

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** Where the folder `output` would be written, or the problem (a usage error) that forbids it. */
export function planFolder(output: string, inputs: readonly InputFile[], root?: string): { plan?: FolderPlan; problem?: Diagnostic } {
  const at = { file: output };
  const st = statOf(output);
  let path = resolve(output);
  if (st) path = realpathSync(path);
  else if (isLink(path)) return { problem: diag('OUTPUT_LINK_BROKEN', 'error', at, { target: path }) };
  const input = st && inputs.find((i) => i.dev === st.dev && i.ino === st.ino);
  if (input) return { problem: diag('OUTPUT_IS_INPUT', 'error', at, { input: input.name }) };
  if (st && !st.isDirectory()) return { problem: diag('OUTPUT_NOT_A_FOLDER', 'error', at, { notices: true }) };
  // Inside one of cchc's folders, or one of them itself.
  const inside = packageFolderOf(path, root) ?? (st ? packageFolderOf(join(path, 'x'), root) : undefined);
  if (inside) return { problem: diag('OUTPUT_IS_PACKAGE_FILE', 'error', at, { folder: inside }) };
  if (Buffer.byteLength(basename(path)) > 255) return { problem: diag('OUTPUT_NAME_TOO_LONG', 'error', at, {}) };
  if (st) {
    const entries = readdirSync(path).length;
    if (entries > 0) return { problem: diag('OUTPUT_FOLDER_NOT_EMPTY', 'error', at, { entries }) };
  }
  // The temporary folder is made beside the target, and renamed there: its parent is written.
  const problem = writableFolder(output, path, dirname(output));
  if (problem) return { problem };
  return { plan: { path, ...(st ? { keepMode: st.mode & 0o7777 } : {}) } };
}

/** A symbolic link (here: one whose target does not exist). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface FolderFile {
  name: string;
  data: string | Uint8Array;
}

/** A folder that was empty when planned holds something now: the rename that would replace it fails so. */
export class FolderNotEmptyError extends Error {
  constructor(readonly entries: number) {
    super('the folder is not empty');
  }
}

/**
 * Writes `files` as the folder `plan.path`, whole or not at all; rejects (after removing the
 * temporary folder) on failure. File names are the caller's, already safe (safe-file-name.ts).
 */
export async function writeFolderAtomic(plan: FolderPlan, files: readonly FolderFile[]): Promise<void> {
  const temp = tempNameFor(plan.path);
  holdTemp(temp);
  try {
    // mkdir fails if anything is at that name: never into another folder.
    await mkdir(temp, { mode: 0o777 });
    if (plan.keepMode !== undefined) await chmod(temp, plan.keepMode);
    for (const f of files) await writeFile(join(temp, f.name), f.data, { flag: 'wx' });
    await moveInto(temp, plan);
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  } finally {
    releaseTemp(temp);
  }
}

/** rename(2) replaces an empty folder at once (POSIX); where it may not (Windows), the empty folder is removed first. */
async function moveInto(temp: string, plan: FolderPlan): Promise<void> {
  try {
    await rename(temp, plan.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw notEmpty(plan.path, error);
    if (code !== 'EPERM' || plan.keepMode === undefined) throw error;
    await rmdir(plan.path).catch((e: unknown) => {
      throw notEmpty(plan.path, e);
    });
    await rename(temp, plan.path);
  }
}

function notEmpty(path: string, error: unknown): Error {
  try {
    return new FolderNotEmptyError(readdirSync(path).length);
  } catch {
    return error instanceof Error ? error : new Error(String(error));
  }
}
