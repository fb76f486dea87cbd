// A file pattern as Windows shells pass it on unexpanded (or as a user quotes it): `diem/*.xlsx`,
// `to-?.csv`, with a `#Sheet` after it. Only the file name may hold `*` (any characters) and `?`
// (one); a path that exists as it is written is a path, never a pattern. Matches in name order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const WILD = /[*?]/;

/** The files `arg` names when it is a pattern (none: an empty list); undefined when it is a plain path. */
export function expandPattern(arg: string): string[] | undefined {
  if (!WILD.test(arg) || existsSync(arg)) return undefined;
  // `diem/*.xlsx#Điểm`: the sheet of every file matched.
  const hash = arg.lastIndexOf('#');
  const [pattern, sheet] = hash > 0 && WILD.test(arg.slice(0, hash)) && !WILD.test(arg.slice(hash + 1)) ? [arg.slice(0, hash), arg.slice(hash)] : [arg, ''];
  const dir = dirname(pattern);
  const name = basename(pattern);
  if (WILD.test(dir) || !WILD.test(name)) return [];
  const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'u');
  let names: string[];
  try {
    names = readdirSync(dir === '.' && !pattern.startsWith('.') ? '.' : dir);
  } catch {
    return [];
  }
  // A hidden file is matched only by a pattern that starts with a dot, as shells do.
  const files = names.filter((n) => re.test(n) && (n.startsWith('.') === name.startsWith('.'))).sort();
  const paths = files.map((n) => (dir === '.' && !pattern.startsWith(`.${'/'}`) ? n : join(dir, n)));
  return paths.filter((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  }).map((p) => p + sheet);
}
