// Workbooks written by hand, part by part, for the traps LibreOffice never writes and for hostile
// files: the zip is fflate's, the XML is the test's own.
import { zipSync, type Zippable } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const enc = (s: string) => new TextEncoder().encode(s);

export interface SheetSpec {
  name: string;
  /** The sheetData's rows, as XML. */
  rows: string;
  state?: 'hidden' | 'veryHidden';
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Shared strings, as `<si>` XML each. */
  strings?: string[];
  /** cellXfs entries as numFmtId (with numFmts for ids ≥ 164). */
  styles?: { xfs: number[]; formats?: Record<number, string> };
  date1904?: boolean;
  /** Extra or replaced parts, by path. */
  parts?: Record<string, string | Uint8Array>;
}

/** The parts of a workbook, sharedStrings.xml last (Excel's order). */
export function bookParts(spec: BookSpec): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${spec.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rT" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
  };
  spec.sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${s.rows}</sheetData></worksheet>`));
  const formats = Object.entries(spec.styles?.formats ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('');
  const xfs = (spec.styles?.xfs ?? [0]).map((id) => `<xf numFmtId="${id}"/>`).join('');
  parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts>${formats}</numFmts><cellStyleXfs><xf numFmtId="10"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
  if (spec.strings) parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${spec.strings.join('')}</sst>`;
  return { ...parts, ...spec.parts };
}

/** A zip of the parts, in the order given; same parts, same bytes. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [path, data] of Object.entries(parts)) files[path] = [typeof data === 'string' ? enc(data) : data, { mtime: new Date(1980, 0, 1) }];
  return zipSync(files, { level: 6 });
}

export const buildXlsx = (spec: BookSpec): Uint8Array => zipParts(bookParts(spec));

/** A string cell of the shared table, an inline one, a number. */
export const si = (text: string) => `<si><t xml:space="preserve">${text}</t></si>`;
export const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
export const sc = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
export const nc = (ref: string, v: string, style?: number) => `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${v}</v></c>`;
export const ic = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Offsets of the central directory entry of `name` in a zip made by zipParts (for hostile edits). */
export function centralEntry(zip: Uint8Array, name: string): number {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = enc(name);
  for (let p = zip.length - 22; p >= 0; p--) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const n = dv.getUint16(p + 28, true);
    if (n === target.length && target.every((b, i) => zip[p + 46 + i] === b)) return p;
  }
  throw new Error(`no entry ${name}`);
}
