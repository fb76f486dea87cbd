// One input as every reader takes it: what the user named (a path, `-` for stdin, `book.xlsx#Điểm`)
// or bytes a program handed over, split once into what is opened and how messages name it.
import { splitSheetRef } from './workbook.js';

export interface InputSource {
  /** As given: `book.xlsx#Điểm`, `-`, a path; for bytes, their name. */
  given: string;
  /** What is opened: a path, or `-` (stdin); empty for bytes. */
  path: string;
  /** A workbook's sheet named after the path (`#Điểm`). */
  sheet?: string;
  /** How messages and reports name it: `<stdin>`, or the path without `#Sheet`, or the bytes' name. */
  name: string;
  /** Bytes handed over by a program instead of a file. */
  bytes?: Uint8Array;
}

export const STDIN_NAME = '<stdin>';

/** A path as the user wrote it: `-` is stdin; `book.xlsx#Điểm` names a sheet when book.xlsx exists. */
export function inputSource(given: string): InputSource {
  if (given === '-') return { given, path: '-', name: STDIN_NAME };
  const { path, sheet } = splitSheetRef(given);
  return sheet === undefined ? { given, path, name: path } : { given, path, sheet, name: path };
}

/** Bytes from a program (a CSV or a workbook), named `name` in messages; `sheet` picks a workbook's sheet. */
export function bytesInput(bytes: Uint8Array, name: string, sheet?: string): InputSource {
  return { given: name, path: '', name, bytes, ...(sheet === undefined ? {} : { sheet }) };
}

export const isStdin = (s: InputSource): boolean => s.bytes === undefined && s.path === '-';
