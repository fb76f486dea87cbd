// Where `cchc notices` writes: a folder of files, checked before any work (new, or existing and
// empty; never an input, a file, cchc's own folders) and again when written, whole or not at all
// (src/io/write-folder.ts). A problem is told once; the exit code is the worse of the run's and its own.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../io/bundled-criteria.js';
import { inputFiles } from '../io/output-target.js';
import { FolderNotEmptyError, planFolder, writeFolderAtomic, type FolderFile } from '../io/write-folder.js';
import type { Lang } from '../report/messages/index.js';
import { codeOf, fail, failure, namesOf, type InputNames } from './output.js';

export interface FolderOutput {
  readonly path: string;
  /** Writes the files as the folder; never rejects for a problem of the disk or the path (told, and the exit code set). */
  write(files: readonly FolderFile[]): Promise<void>;
}

/** A failed write as the problem the user can act on: the path's (exit 2) or the disk's (exit 1). */
function folderProblem(output: string, error: unknown): Diagnostic {
  const at = { file: output };
  if (error instanceof FolderNotEmptyError) return diag('OUTPUT_FOLDER_NOT_EMPTY', 'error', at, { entries: error.entries });
  const code = codeOf(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return diag('OUTPUT_FOLDER_MISSING', 'error', at, { folder: output });
  if (code === 'ENAMETOOLONG') return diag('OUTPUT_NAME_TOO_LONG', 'error', at, {});
  if (code === 'EACCES' || code === 'EPERM') return diag('OUTPUT_FOLDER_NOT_WRITABLE', 'error', at, { folder: output });
  return diag('OUTPUT_WRITE_FAILED', 'error', at, { failure: failure(code), code });
}

/** The folder -o names, or undefined (the problem told, exit 2) when it may not be written. */
export function openFolder(path: string, given: InputNames, lang: Lang): FolderOutput | undefined {
  const inputs = inputFiles(namesOf(given));
  const { problem } = planFolder(path, inputs, packageRoot());
  if (problem) {
    fail(problem, lang);
    return undefined;
  }
  return {
    path,
    write: async (files) => {
      // Checked again as written: the file system may have changed while the run computed.
      const again = planFolder(path, inputs, packageRoot());
      if (!again.plan) return again.problem && fail(again.problem, lang);
      try {
        await writeFolderAtomic(again.plan, files);
      } catch (error) {
        fail(folderProblem(path, error), lang);
      }
    },
  };
}
