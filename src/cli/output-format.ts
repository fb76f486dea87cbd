// -f and -o together: `-o ranking.csv` without -f writes CSV (contract §5), an extension that
// disagrees with -f is a usage error, and without either the format is the command's default. An
// extension that names an office format cchc does not write (`.doc`, `.xls`, `.pdf`…) is refused with
// the nearest one the command writes: writing the text table into `phu-luc.doc` gave a file Word
// shows as garbage. `.txt` is plain text: the text table (or the command's text format).
import { extname } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from './usage-error.js';

/** The format each extension names; formats a command cannot write are refused by name. */
const BY_EXTENSION: Record<string, string> = {
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
  '.docx': 'docx',
};

/** Formats cchc does not write, each with the formats nearest to it, nearest first. */
const WORD = ['docx', 'html', 'md'];
const SHEET = ['xlsx', 'csv'];
const FOREIGN: Record<string, readonly string[]> = {
  ...Object.fromEntries(['.doc', '.dot', '.docm', '.dotx', '.odt', '.rtf', '.wps', '.pages'].map((e) => [e, WORD])),
  ...Object.fromEntries(['.xls', '.xlsm', '.xlsb', '.xlt', '.xltx', '.ods', '.et', '.numbers', '.tsv'].map((e) => [e, SHEET])),
  '.pdf': ['docx', 'html'],
  ...Object.fromEntries(['.ppt', '.pptx', '.odp', '.key'].map((e) => [e, ['html', 'docx', 'md']])),
};

/** Text formats a `.txt` file may hold; without -f it holds the first the command writes. */
const PLAIN = ['table', 'text'];
const TEXT_FORMATS = new Set(['table', 'text', 'csv', 'json', 'md', 'html']);

/** The format an output path names by its extension (case ignored), if any. */
export function formatOfPath(path: string | undefined): string | undefined {
  if (!path || path === '-') return undefined;
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** A name that says it is a file of some office or text format (`.docx`, `.pdf`, `.txt`…), not a folder. */
export function namesAFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return BY_EXTENSION[ext] !== undefined || FOREIGN[ext] !== undefined || ext === '.txt';
}

interface Nearest {
  format: string;
  path: string;
}

const texts = {
  vi: {
    unsupported: (out: string, f: string, formats: string) => `-o ${out}: lệnh này không xuất được định dạng ${f}; các định dạng có: ${formats}`,
    conflict: (out: string, f: string, ext: string) => `-f ${f} mâu thuẫn với đuôi tệp của -o ${out} (${ext}); bỏ -f, hoặc đặt tên tệp có đuôi khớp`,
    foreign: (out: string, ext: string, formats: string, near?: Nearest) => `-o ${out}: cchc không ghi tệp ${ext}; lệnh này ghi được: ${formats}${near ? `. Gần nhất là ${near.format}: -o ${near.path}` : ''}`,
  },
  en: {
    unsupported: (out: string, f: string, formats: string) => `-o ${out}: this command cannot write ${f}; its formats are ${formats}`,
    conflict: (out: string, f: string, ext: string) => `-f ${f} disagrees with the extension of -o ${out} (${ext}); drop -f, or name the file to match`,
    foreign: (out: string, ext: string, formats: string, near?: Nearest) => `-o ${out}: cchc does not write ${ext} files; this command writes ${formats}${near ? `. The nearest is ${near.format}: -o ${near.path}` : ''}`,
  },
};


/** The format to write: -f, else the extension of -o, else `fallback`; a disagreement is a UsageError. */
export function resolveFormat(o: { format?: string; output?: string; lang?: 'vi' | 'en' }, formats: readonly string[], fallback: string): string {
  const t = texts[o.lang ?? 'vi'];
  const out = o.output ?? '';
  const ext = o.output && o.output !== '-' ? extname(o.output) : '';
  const foreign = FOREIGN[ext.toLowerCase()];
  if (foreign) {
    const format = foreign.find((f) => formats.includes(f));
    // `phu-luc.doc` → `phu-luc.docx`: the same name with the nearest format's extension.
    const near = format === undefined ? undefined : { format, path: `${out.slice(0, out.length - ext.length)}.${format}` };
    throw new UsageError(t.foreign(out, ext, formats.join(', '), near));
  }
  if (ext.toLowerCase() === '.txt') {
    const plain = formats.find((f) => PLAIN.includes(f)) ?? fallback;
    if (o.format === undefined) return plain;
    if (!TEXT_FORMATS.has(o.format)) throw new UsageError(t.conflict(out, o.format, ext));
    return o.format;
  }
  const fromPath = formatOfPath(o.output);
  if (fromPath && !formats.includes(fromPath)) throw new UsageError(t.unsupported(out, fromPath, formats.join(', ')));
  if (o.format === undefined) return fromPath ?? fallback;
  if (fromPath && fromPath !== o.format) throw new UsageError(t.conflict(out, o.format, ext));
  return o.format;
}

/** Resolves `format` before the command's action runs, so that actions read the final format. */
export function resolveFormatBeforeAction(cmd: Command, formats: readonly string[], fallback: string): void {
  cmd.hook('preAction', (_, action) => {
    const o = action.opts<{ format?: string; output?: string; lang?: 'vi' | 'en' }>();
    action.setOptionValue('format', resolveFormat(o, formats, fallback));
  });
}
