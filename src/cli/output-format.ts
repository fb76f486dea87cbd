// -f and -o together: `-o ranking.csv` without -f writes CSV (contract §5), an extension that
// disagrees with -f is a usage error, and without either the format is the command's default.
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

/** The format an output path names by its extension (case ignored), if any. */
export function formatOfPath(path: string | undefined): string | undefined {
  if (!path || path === '-') return undefined;
  return BY_EXTENSION[extname(path).toLowerCase()];
}

const texts = {
  vi: {
    unsupported: (out: string, f: string, formats: string) => `-o ${out}: lệnh này không xuất được định dạng ${f}; các định dạng có: ${formats}`,
    conflict: (out: string, f: string, ext: string) => `-f ${f} mâu thuẫn với đuôi tệp của -o ${out} (${ext}); bỏ -f, hoặc đặt tên tệp có đuôi khớp`,
  },
  en: {
    unsupported: (out: string, f: string, formats: string) => `-o ${out}: this command cannot write ${f}; its formats are ${formats}`,
    conflict: (out: string, f: string, ext: string) => `-f ${f} disagrees with the extension of -o ${out} (${ext}); drop -f, or name the file to match`,
  },
};

/** The format to write: -f, else the extension of -o, else `fallback`; a disagreement is a UsageError. */
export function resolveFormat(o: { format?: string; output?: string; lang?: 'vi' | 'en' }, formats: readonly string[], fallback: string): string {
  const t = texts[o.lang ?? 'vi'];
  const fromPath = formatOfPath(o.output);
  const ext = o.output ? extname(o.output) : '';
  if (fromPath && !formats.includes(fromPath)) throw new UsageError(t.unsupported(o.output as string, fromPath, formats.join(', ')));
  if (o.format === undefined) return fromPath ?? fallback;
  if (fromPath && fromPath !== o.format) throw new UsageError(t.conflict(o.output as string, o.format, ext));
  return o.format;
}

/** Resolves `format` before the command's action runs, so that actions read the final format. */
export function resolveFormatBeforeAction(cmd: Command, formats: readonly string[], fallback: string): void {
  cmd.hook('preAction', (_, action) => {
    const o = action.opts<{ format?: string; output?: string; lang?: 'vi' | 'en' }>();
    action.setOptionValue('format', resolveFormat(o, formats, fallback));
  });
}
