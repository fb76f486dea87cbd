// Every CSV cchc writes goes through renderCsvTable (csv-stringify): read back by csv-parse, any
// cell comes back as it was, with either delimiter; records end in CRLF, and a line break inside a
// cell (a lone LF or CR too) is always quoted, so no spreadsheet splits a row.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsvTable } from '../../src/report/render-csv.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', '"', ',', ';', '\r', '\n', '\r\n', 'a,b', 'say "hi"', 'Xã Sơn Hồng', "'=1+1", ' x ', '\t', '93,64'),
  fc.array(fc.constantFrom('a', '"', ',', ';', '\r', '\n', ' ', 'ệ'), { maxLength: 6 }).map((cs) => cs.join('')),
);

describe('renderCsvTable', () => {
  it('reads back as written, with either delimiter (property)', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), fc.constantFrom('.', ','), (header, rows, mark) => {
        const csv = renderCsvTable(header, rows, mark as '.' | ',');
        expect(csv.startsWith('\ufeff')).toBe(true);
        const back = parse(csv.slice(1), { delimiter: mark === ',' ? ';' : ',', record_delimiter: '\r\n', relax_column_count: true });
        expect(back).toEqual([header, ...rows]);
        // Outside quotes, the only line breaks are the CRLFs that end records.
        const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
        expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: fuzzRuns(500, 20_000) },
    );
  });

  it('writes BOM, CRLF, and with a decimal comma `;` between unquoted numbers', () => {
    expect(renderCsvTable(['unit', 'index'], [['Xã A', '93.64']])).toBe('\ufeffunit,index\r\nXã A,93.64\r\n');
    expect(renderCsvTable(['unit', 'index'], [['Xã A', '93,64'], ['Xã B; C', '1,00']], ',')).toBe('\ufeffunit;index\r\nXã A;93,64\r\n"Xã B; C";1,00\r\n');
    expect(renderCsvTable(['unit'], [['a\nb'], ['c\rd']])).toBe('\ufeffunit\r\n"a\nb"\r\n"c\rd"\r\n');
  });

  it('writes the header alone when there are no rows', () => {
    expect(renderCsvTable(['rank', 'unit'], [])).toBe('\ufeffrank,unit\r\n');
  });
});
