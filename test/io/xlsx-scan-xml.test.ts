// The worksheet scanner (scan-xml.ts) against saxes, its reference: the same events for the
// sheets LibreOffice wrote, for hand-written XML, and for generated sheets cut into pieces anywhere.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlParser, type XmlHandlers } from '../../src/io/xlsx/parse-xml.js';
import { WorkbookRefusal } from '../../src/io/xlsx/refusal.js';
import { scanXml } from '../../src/io/xlsx/scan-xml.js';
import { bytesSource, openWorkbook } from '../../src/io/xlsx/index.js';
import { readStyles } from '../../src/io/xlsx/read-parts.js';
import { readSharedStrings } from '../../src/io/xlsx/shared-strings.js';
import { sheetRows, type SheetParser } from '../../src/io/xlsx/sheet-rows.js';
import type { ZipEntry } from '../../src/io/xlsx/zip-directory.js';

type Parser = (part: string, h: Required<XmlHandlers>) => { write(piece: string): void; close(): void };

/** The events of a parse, texts joined and white space between elements left out. */
function events(parse: Parser, pieces: string[]): unknown[] {
  const out: unknown[] = [];
  let text = '';
  const flush = () => {
    if (text.trim() !== '') out.push(['text', text]);
    text = '';
  };
  const p = parse('sheet.xml', {
    open: (name, attrs, self) => (flush(), out.push(['open', name, { ...attrs }, self])),
    close: (name) => (flush(), out.push(['close', name])),
    text: (s) => void (text += s),
  });
  for (const piece of pieces) p.write(piece);
  p.close();
  flush();
  return out;
}

const cut = (s: string, at: number[]) => {
  const points = [...new Set(at.map((a) => a % (s.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((p, i) => s.slice(p, points[i] ?? s.length));
};

const sheetsOf = (file: string) => Object.entries(unzipSync(readFileSync(new URL(`../fixtures/xlsx/${file}`, import.meta.url)))).filter(([n]) => n.startsWith('xl/worksheets/')).map(([, b]) => strFromU8(b));

describe('scanXml reads as saxes does', () => {
  it.each(['traps.xlsx', 'huong-son-scores.xlsx'])('the sheets of %s, cut anywhere', (file) => {
    for (const xml of sheetsOf(file)) {
      const reference = events(xmlParser, [xml]);
      expect(events(scanXml, [xml])).toEqual(reference);
      fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 12 }), (at) => {
        expect(events(scanXml, cut(xml, at))).toEqual(reference);
      }), { numRuns: 40 });
    }
  });

  it('entities, character references, CDATA, comments, prefixes, quotes either way, > inside a value', () => {
    const xml = `<?xml version="1.0"?><!-- a --><x:worksheet xmlns:x="u"><x:sheetData><x:row r='1' a="b>c"><x:c r="A1" t="inlineStr"><x:is><x:t>a&amp;b &lt;&#x1EA1;&#7843;&quot;</x:t></x:is></x:c><x:c r="B1"><x:f><![CDATA[1<2]]></x:f><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const reference = events(xmlParser, [xml]);
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 10 }), (at) => {
        expect(events(scanXml, cut(xml, at))).toEqual(reference);
      }), { numRuns: 200 });
  });

  it('generated rows of text, numbers and formulas', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ấ', '&amp;', '&lt;', ' ', '"', "'", '>', '&#8364;', 'x') });
    const cell = fc.tuple(fc.integer({ min: 1, max: 30 }), text, fc.boolean());
    const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 8 }), (rs, at): void => {
        const body = rs.map((cells, r) => `<row r="${r + 1}">${cells.map(([col, t, f]) => `<c r="${String.fromCharCode(64 + col)}${r + 1}" t="str">${f ? `<f>${t}</f>` : ''}<v>${t}</v></c>`).join('')}</row>`).join('');
        const xml = `<worksheet><sheetData>${body}</sheetData></worksheet>`;
        expect(events(scanXml, cut(xml, at))).toEqual(events(xmlParser, [xml]));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a DOCTYPE and an undefined entity, as saxes does', () => {
    const refusal = (xml: string) => {
      try {
        events(scanXml, [xml]);
      } catch (e) {
        if (e instanceof WorkbookRefusal) return e.reason;
        throw e;
      }
      return undefined;
    };
    expect(refusal('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toEqual({ kind: 'doctype', part: 'sheet.xml' });
    expect(refusal('<x>&a;</x>')).toEqual({ kind: 'damaged', damage: 'entity', part: 'sheet.xml', value: '&a;' });
    expect(refusal('<x><c r="A1')).toMatchObject({ kind: 'damaged' });
    expect(() => events(xmlParser, ['<x>&a;</x>'])).toThrow(WorkbookRefusal);
  });
});

describe('sheet rows through the scanner and through saxes', () => {
  it.each(['traps.xlsx', 'huong-son-scores.xlsx', 'huong-son-survey.xlsx'])('%s: the same rows', (file) => {
    const { workbook } = openWorkbook(bytesSource(readFileSync(new URL(`../fixtures/xlsx/${file}`, import.meta.url))), file);
    const wb = workbook as NonNullable<typeof workbook>;
    const ctx = { file, sheet: '', strings: readSharedStrings(wb.src, wb.entries, wb.parts.strings), styles: readStyles(wb.src, wb.entries, wb.parts.styles), date1904: false, diagnostics: [] };
    for (const s of wb.sheets) {
      const entry = wb.entries.get(s.part as string) as ZipEntry;
      const rows = (parse?: SheetParser) => [...sheetRows(wb.src, entry, { ...ctx, sheet: s.name }, parse)];
      expect(rows()).toEqual(rows(xmlParser));
    }
  });
});
