// docx builds every element as objects: ~5.6 KB a table cell before it even writes one, so an
// annex of 10,000 units took 2.4 GB and 29 s (under a 2 GB heap, V8 aborted). What the annex
// repeats (the table's rows, the findings' paragraphs) is therefore written as text: docx builds
// one prototype of each kind, with a mark where each text goes, in the place the repeated elements
// go; its XML, split at the marks, is then filled with each element's texts (made safe, escaped).
// The frame and every property stay docx's; memory grows by the XML's bytes alone.
import { strFromU8, strToU8 } from 'fflate';
import { xmlEscape } from '../../text/xml-text.js';

/** The mark of text `k` of prototype `proto` in the bulk `id`: letters and digits, which docx writes as they are. */
export const slot = (id: string, proto: number, k: number): string => `CCHC${id}P${proto}S${k}Z`;

export interface BulkItem {
  /** Which prototype the element is written from. */
  proto: number;
  /** Its texts, in the order of the prototype's marks. */
  texts: readonly string[];
}

export interface Bulk {
  id: string;
  /** The element each prototype is: a table row or a paragraph. */
  tag: 'w:tr' | 'w:p';
  /** How many prototypes the document holds (contiguous, in order, where the elements go). */
  prototypes: number;
  items: readonly BulkItem[];
}

/** The element `tag` around position `at` of `xml`: its start and end. */
function elementAround(xml: string, tag: string, at: number): [number, number] {
  const start = Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));
  const close = `</${tag}>`;
  const end = xml.indexOf(close, at);
  if (start < 0 || end < 0) throw new Error(`docx-bulk: no <${tag}> around a mark`);
  return [start, end + close.length];
}

/** The prototypes' XML, each split at its marks, and the span of the document they take together. */
function prototypesOf(xml: string, b: Bulk): { parts: string[][]; span: [number, number] } {
  const parts: string[][] = [];
  let first = -1;
  let last = -1;
  for (let p = 0; p < b.prototypes; p++) {
    const at = xml.indexOf(slot(b.id, p, 0));
    if (at < 0) throw new Error(`docx-bulk: prototype ${b.id}${p} missing`);
    const [start, end] = elementAround(xml, b.tag, at);
    first = first < 0 ? start : Math.min(first, start);
    last = Math.max(last, end);
    // Split at every mark of this prototype, in order: S0, S1…
    const split: string[] = [];
    let rest = xml.slice(start, end);
    for (let k = 0; ; k++) {
      const m = slot(b.id, p, k);
      const i = rest.indexOf(m);
      if (i < 0) break;
      split.push(rest.slice(0, i));
      rest = rest.slice(i + m.length);
    }
    split.push(rest);
    parts.push(split);
  }
  return { parts, span: [first, last] };
}

/**
 * The document's XML, as UTF-8 bytes, with each bulk's prototypes replaced by its elements. Each
 * element is encoded as it is written: the whole is never one string.
 */
export function fillBulks(documentXml: Uint8Array, bulks: readonly Bulk[]): Uint8Array<ArrayBuffer> {
  let xml = strFromU8(documentXml);
  const pieces: Uint8Array[] = [];
  // Bulks in the order they stand in the document.
  const placed = bulks
    .filter((b) => b.prototypes > 0)
    .map((b) => ({ b, ...prototypesOf(xml, b) }))
    .sort((x, y) => x.span[0] - y.span[0]);
  let at = 0;
  for (const { b, parts, span } of placed) {
    pieces.push(strToU8(xml.slice(at, span[0])));
    for (const item of b.items) {
      const split = parts[item.proto] ?? [];
      let out = split[0] ?? '';
      for (let k = 1; k < split.length; k++) out += xmlEscape(item.texts[k - 1] ?? '') + split[k];
      pieces.push(strToU8(out));
    }
    at = span[1];
  }
  pieces.push(strToU8(xml.slice(at)));
  xml = '';
  const total = pieces.reduce((n, p) => n + p.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const p of pieces) {
    bytes.set(p, offset);
    offset += p.length;
  }
  return bytes;
}
