// The small parts that say how to read a sheet: the package's and the workbook's relationships,
// workbook.xml (sheets in order, their visibility, the 1904 date system) and styles.xml (which
// cell style is a date or a percent).
import type { ByteSource } from './byte-source.js';
import { entryText } from './entry-text.js';
import { MAX_PART_BYTES } from './limits.js';
import { formatKind, type FormatKind } from './number-format.js';
import { parseXml, prefixedAttr } from './parse-xml.js';
import type { ZipEntry } from './zip-directory.js';

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** The sheet's part, lower-cased as the directory keys it; undefined when it points nowhere. */
  part?: string;
}

export interface WorkbookParts {
  sheets: SheetInfo[];
  date1904: boolean;
  strings?: string;
  styles?: string;
}

type Entries = Map<string, ZipEntry>;

/** A part's text pieces, or nothing when the zip has no such part. */
export function partText(src: ByteSource, entries: Entries, path: string, cap = MAX_PART_BYTES): Iterable<string> | undefined {
  const e = entries.get(path.toLowerCase());
  return e ? entryText(src, e, cap) : undefined;
}

/** `xl/worksheets/../x.xml` relative to `xl/workbook.xml`, or an absolute `/xl/x.xml`. */
export function resolvePart(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/').toLowerCase();
}

/** Relationships of `part`: id → { type (its last path segment), resolved target }. */
export function readRels(src: ByteSource, entries: Entries, part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  const text = partText(src, entries, relsPath);
  if (!text) return rels;
  parseXml(relsPath, text, {
    open(name, a) {
      if (name !== 'Relationship' || a['TargetMode'] === 'External' || !a['Id'] || !a['Target']) return;
      rels.set(a['Id'], { type: (a['Type'] ?? '').split('/').pop() ?? '', target: resolvePart(part, a['Target']) });
    },
  });
  return rels;
}

export function readWorkbook(src: ByteSource, entries: Entries, part: string): WorkbookParts {
  const rels = readRels(src, entries, part);
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  parseXml(part, partText(src, entries, part) ?? [], {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a['date1904'] === '1' || a['date1904'] === 'true';
      if (name !== 'sheet') return;
      const rel = rels.get(prefixedAttr(a, 'id') ?? '');
      const part = rel && entries.has(rel.target) ? rel.target : undefined;
      sheets.push({ name: (a['name'] ?? '').normalize('NFC'), visible: a['state'] !== 'hidden' && a['state'] !== 'veryHidden', ...(part ? { part } : {}) });
    },
  });
  const target = (type: string) => [...rels.values()].find((r) => r.type === type && entries.has(r.target))?.target;
  const strings = target('sharedStrings');
  const styles = target('styles');
  return { sheets, date1904, ...(strings ? { strings } : {}), ...(styles ? { styles } : {}) };
}

/** The kind of each cell style (the `s` of a cell indexes cellXfs). */
export function readStyles(src: ByteSource, entries: Entries, part: string | undefined): FormatKind[] {
  const text = part ? partText(src, entries, part) : undefined;
  if (!text) return [];
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(part as string, text, {
    open(name, a) {
      if (name === 'numFmt') codes.set(Number(a['numFmtId']), a['formatCode'] ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(a['numFmtId'] ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfs.map((id) => formatKind(id, codes.get(id)));
}
