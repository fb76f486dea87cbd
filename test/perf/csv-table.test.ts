// renderCsvTable is hand-written for speed: it must write exactly what csv-stringify wrote with
// the options it replaced, for any text (quotes, delimiters, lone CR or LF, CRLF, empty cells).
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsvTable } from '../../src/report/render-csv.js';

const viaCsvStringify = (header: string[], rows: string[][]): string =>
  `\ufeff${stringify([header, ...rows], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;

const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', '"', ',', '\r', '\n', '\r\n', 'a,b', 'say "hi"', 'Xã Sơn Hồng', "'=1+1", ' x ', ';', '\t'),
  fc.array(fc.constantFrom('a', '"', ',', '\r', '\n', ' ', 'ệ'), { maxLength: 6 }).map((cs) => cs.join('')),
);

describe('renderCsvTable', () => {
  it('writes what csv-stringify wrote', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (header, rows) => {
        expect(renderCsvTable(header, rows)).toBe(viaCsvStringify(header, rows));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the header alone when there are no rows', () => {
    expect(renderCsvTable(['rank', 'unit'], [])).toBe(viaCsvStringify(['rank', 'unit'], []));
  });
});
