// The options of `cchc notices` checked before any file is read: --number (its placeholders, and
// one number per notice unless a single --unit is asked for), and where the notices go: a folder
// (-o, required; a new name with a notice's extension is a file meant, --combined forgotten) or,
// with --combined, one file or stdout. Mistakes are usage errors (exit 2) in the run's language.
import { existsSync } from 'node:fs';
import { namesAFile } from './output-format.js';
import { numberingOf, type NumberPattern } from '../report/notice-number.js';
import type { Lang } from '../report/messages/index.js';
import { usageMessage } from '../report/messages/usage.js';
import { UsageError } from './usage-error.js';

/** The notices' number pattern from --number; a pattern without {n} only for a single --unit. */
export function noticesNumbering(text: string | undefined, units: readonly string[], lang: Lang): NumberPattern {
  const p = numberingOf(text, units.length === 1);
  if (typeof p === 'string') throw new UsageError(usageMessage(p === 'unknown' ? 'number' : 'numberSame', text ?? '', lang));
  return p;
}

/**
 * The folder of the notices: -o, given, and (when it does not exist yet) not named like a file
 * (`.docx`, `.md`, `.pdf`…): `-o thong-bao.docx` without --combined is one file meant, not a folder.
 * An existing path is judged by what it is (output-folder.ts).
 */
export function noticesFolder(output: string | undefined, lang: Lang): string {
  if (output === undefined || output === '' || output === '-') throw new UsageError(usageMessage('noticesFolder', '', lang));
  if (namesAFile(output) && !existsSync(output)) throw new UsageError(usageMessage('noticesFileName', output, lang));
  return output;
}
