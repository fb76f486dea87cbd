// The ranking CSV read back by our own reader gives the cells that were written: any unit name
// (quotes, delimiters, line breaks, Vietnamese, formula-like text) survives, neutralised once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/io/read-sheet.js';
import { neutralize, renderCsv } from '../../src/report/render-csv.js';
import { rankUnits } from '../../src/scoring/rank-units.js';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { makeCriteria } from '../helpers/criteria.js';
import { unit } from '../helpers/units.js';

const c = makeCriteria({ fields: [{ code: 'A', max: 60 }, { code: 'B', max: 40 }], bands: [{ label: 'Tốt', min: 50 }, { label: 'Yếu', min: 0 }] });
const text = fc.string({ unit: fc.constantFrom('a', 'Ơ', 'ệ', ',', ';', '"', '\n', '\r\n', ' ', '=', '+', '-', '@', '\t', 'x', '1', '.', 'đ') , minLength: 1, maxLength: 12 });

describe('CSV round trip', () => {
  it('names and groups come back as written (neutralised), numbers exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, group: text, a: fc.integer({ min: 0, max: 240 }), b: fc.integer({ min: 0, max: 160 }) }), { minLength: 1, maxLength: 6 }), (rows) => {
        const scores = rows.map((r, i) => scoreUnit(c, unit(c, `U${i}`, { A: String(r.a / 4), B: String(r.b / 4) }, { name: r.name, group: r.group }), { surveyGiven: false }));
        const ranked = rankUnits(c, scores);
        const csv = renderCsv(c, ranked, { precision: 2, mark: '.' });
        const { sheet, diagnostics } = readSheet(new TextEncoder().encode(csv), { file: 'r.csv', isKnownHeader: (k) => k === 'unit' || k === 'rank' });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const back = sheet!.rows.map((r) => [r.cells[1], r.cells[2], r.cells[3], r.cells[8]]);
        const trim = (s: string) => neutralize(s).normalize('NFC').trim();
        expect(back).toEqual(ranked.map((u) => [u.unit, trim(u.name), trim(u.group), u.total.toFixed(2)]));
      }),
      { numRuns: 200 },
    );
  });
});
