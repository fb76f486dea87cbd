// Codes for writing outputs (`-o`, stdout). The location's file is always the output as the user
// named it (`-o` or `<stdout>`), never a temporary file. Path problems are usage errors (exit 2),
// found before anything is computed; a write that fails (a full disk) is exit 1. What a format
// cannot hold (Excel's limits, the Word annex's size) is found before the file is built: exit 2 as
// well, since the data are sound and another format (-f csv, xlsx) writes them.

/** What went wrong while writing, from the system's error code. */
export type WriteFailure = 'disk-full' | 'io-error' | 'too-large' | 'read-only-fs' | 'other';

/** What a target is when it is neither a file nor something cchc can write through. */
export type NotAFile = 'block-device' | 'socket';

export interface OutputArgs {
  /** `-o` (or stdout) is one of the run's inputs, under any name: a link, a hard link, another case, /proc/self/…. */
  OUTPUT_IS_INPUT: { input: string };
  /** `-o` is inside cchc's own folders (a bundled criteria set, a sample, the program). */
  OUTPUT_IS_PACKAGE_FILE: { folder: string };
  OUTPUT_IS_DIRECTORY: Record<string, never>;
  /**
   * A folder is asked for and the name is a file (or anything not a folder): `-o notes/` (a trailing
   * `/` names a folder), or `cchc notices -o FOLDER` (`notices`). Never written over.
   */
  OUTPUT_NOT_A_FOLDER: { notices?: boolean };
  /** A block device or a socket: never written to. */
  OUTPUT_NOT_A_FILE: { kind: NotAFile };
  /** The file exists and may not be written (no write permission for anyone, or not for this user). */
  OUTPUT_READ_ONLY: Record<string, never>;
  /** The folder the file goes in does not exist (or is not a folder), or went away. */
  OUTPUT_FOLDER_MISSING: { folder: string };
  /** The folder may not be written to (a temporary file is written there, then renamed). */
  OUTPUT_FOLDER_NOT_WRITABLE: { folder: string };
  /** The file's name is longer than the file system allows (255 bytes). */
  OUTPUT_NAME_TOO_LONG: Record<string, never>;
  /** `-o` is a symbolic link to nothing. */
  OUTPUT_LINK_BROKEN: { target: string };
  /** A sheet wider or longer than Excel's grid (16,384 columns to XFD, 1,048,576 rows); loc.path: the criterion of the first column past it. */
  OUTPUT_XLSX_SHEET_TOO_LARGE: { sheet: string; what: 'columns' | 'rows'; count: number; max: number; first: string };
  /** A cell's text longer than Excel holds (32,767 characters); loc: the sheet and the cell. */
  OUTPUT_XLSX_CELL_TOO_LONG: { length: number; max: number };
  /** The Word annex past the size it is built for in bounded memory. */
  OUTPUT_DOCX_TOO_LARGE: { units: number; remarks: number; maxUnits: number; maxRemarks: number };
  /** `cchc notices -o FOLDER`: the folder exists and holds something; a folder of notices is written whole into an empty or new folder. */
  OUTPUT_FOLDER_NOT_EMPTY: { entries: number };
  /** Writing failed part way (a full disk, an I/O error): the target is left as it was. */
  OUTPUT_WRITE_FAILED: { failure: WriteFailure; code: string };
}
