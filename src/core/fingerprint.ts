// What a report says of each input: its role, its name and its SHA-256, computed as it was read
// or, when no report asked for it then, from the file when first asked for.
import type { InputSource } from '../io/input-source.js';
import { hashInputFile } from '../io/read-input.js';
import type { SheetFileRead } from '../io/read-sheet-file.js';
import { sha256 } from '../io/sha256.js';

export type InputRole = 'criteria' | 'scores' | 'survey' | 'self' | 'findings';

export interface InputFingerprint {
  role: InputRole;
  file: string;
  sha256: string;
}

/** A fingerprint whose SHA-256 is computed when first asked for (a report that does not show it never pays). */
export function hashedWhenAsked(role: InputRole, file: string, hashOf: () => string): InputFingerprint {
  let hash: string | undefined;
  return {
    role,
    file,
    get sha256() {
      return (hash ??= hashOf());
    },
  };
}

/** An input's fingerprint: its SHA-256 as computed while it was read, or (not computed then) from the file when asked for. */
export function fingerprintOf(role: InputRole, source: InputSource, read: Pick<SheetFileRead, 'sha256' | 'regular'>): InputFingerprint {
  if (read.sha256 !== '' || !read.regular) return { role, file: source.name, sha256: read.sha256 };
  // A file is read again in chunks: a sheet may be larger than one buffer holds.
  return hashedWhenAsked(role, source.name, () => (source.bytes ? sha256(source.bytes) : hashInputFile(source.path)));
}

