// How large an input may be before it is refused unread: 2 GiB, or CCHC_MAX_INPUT (bytes, or a
// number with K, M or G: 500M). No sheet comes near it; a device or a runaway pipe would.
// A criteria file is parsed whole (its reader holds about 40 bytes of memory per byte of JSON):
// 8 MiB at most, where real sets are 2–300 KB; CCHC_MAX_INPUT may lower that, not raise it.
import { constants } from 'node:buffer';

const DEFAULT = 2 * 1024 ** 3;
const CRITERIA = 8 * 1024 ** 2;
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export interface InputLimit {
  bytes: number;
  /** As the user wrote it (`500M`), or the default in words (`2 GiB`). */
  text: string;
  /** A limit of its own: a criteria file's, or what this system can hold in memory at once. */
  kind?: 'criteria' | 'memory';
}

/** The limit CCHC_MAX_INPUT asks for; undefined when it is set to something that is not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*$/i.exec(text);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * (UNITS[(m[2] ?? '').toUpperCase()] ?? 1));
  return bytes > 0 ? bytes : undefined;
}

/** The limit when none is set: 2 GiB. */
export const DEFAULT_LIMIT: InputLimit = { bytes: DEFAULT, text: '2 GiB' };

/** The limit CCHC_MAX_INPUT sets, as the user wrote it (or the default): the CLI reads it and hands it down. */
export function inputLimit(env: Readonly<Record<string, string | undefined>>): InputLimit {
  const set = env['CCHC_MAX_INPUT'];
  const bytes = set === undefined ? undefined : parseSize(set);
  return bytes === undefined ? DEFAULT_LIMIT : { bytes, text: (set as string).trim() };
}

/** A criteria file's limit: 8 MiB, or the general limit when that is lower. */
export function criteriaLimit(general: InputLimit = DEFAULT_LIMIT): InputLimit {
  return general.bytes < CRITERIA ? general : { bytes: CRITERIA, text: '8 MiB', kind: 'criteria' };
}

/** `limit`, or less where the input must be held whole in one buffer: no more than this system's largest. */
export function wholeLimit(limit: InputLimit, max: number = constants.MAX_LENGTH): InputLimit {
  if (limit.bytes <= max) return limit;
  const text = max >= 1024 ** 3 ? `${Math.floor(max / 1024 ** 3)} GiB` : `${Math.floor(max / 1024 ** 2)} MiB`;
  return { bytes: max, text, kind: 'memory' };
}
