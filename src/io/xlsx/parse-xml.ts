// The XML of a workbook part through saxes (a strict, maintained streaming parser): elements by
// their local name (some writers prefix every element, `<x:row>`), text and CDATA as text. A
// DOCTYPE is refused outright (no part of a workbook has one; it is how entity bombs start),
// and any well-formedness error makes the part damaged.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { damaged, WorkbookRefusal } from './refusal.js';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attrs: Attributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by local name: `r:id` is `id` under whichever prefix the file chose. */
export function prefixedAttr(attrs: Attributes, name: string): string | undefined {
  for (const key in attrs) if (key.endsWith(`:${name}`)) return attrs[key];
  return undefined;
}

/** A parser fed piece by piece (a sheet's rows are handed over between pieces). */
export function xmlParser(part: string, h: XmlHandlers): { write(piece: string): void; close(): void } {
  const parser = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
  parser.on('error', (err) => {
    // saxes says what is wrong in English: the value for the English message, a reader of Vietnamese gets the part.
    throw damaged('xml', part, err.message);
  });
  parser.on('doctype', () => {
    throw new WorkbookRefusal({ kind: 'doctype', part });
  });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag: SaxesTagPlain) => open(local(tag.name), tag.attributes as Attributes, tag.isSelfClosing));
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag: SaxesTagPlain) => close(local(tag.name)));
  }
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  return { write: (piece) => void parser.write(piece), close: () => void parser.close() };
}

export function parseXml(part: string, pieces: Iterable<string>, h: XmlHandlers): void {
  const parser = xmlParser(part, h);
  for (const piece of pieces) parser.write(piece);
  parser.close();
}
