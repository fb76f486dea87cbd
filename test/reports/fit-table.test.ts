// Fitting a table to a terminal (fitColumns, planTableFit, renderFittedTable): pure, so tested on
// any table and any width. Whatever the cells, a terminal at least as wide as the essential
// columns' minimum gets no line wider than itself, the essential columns, and the most important
// of the others; a terminal wide enough for everything gets the table as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitColumns, minimumWidth, tableWidth, type FitColumn } from '../../src/report/fit-columns.js';
import { minimumTableWidth, planTableFit, renderFittedTable, type ColumnFit, type TableFitSpec } from '../../src/report/fit-table.js';
import { renderTextTable } from '../../src/report/render-text-table.js';
import { displayWidth, shortenText, splitAtWidth } from '../../src/text/display-width.js';

const column: fc.Arbitrary<FitColumn> = fc
  .tuple(fc.nat({ max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean())
  .map(([natural, a, b, header]) => {
    const min = Math.floor(natural * a);
    const soft = min + Math.floor((natural - min) * b);
    // A header over lines: the narrowest width for 1 line is the natural one, for the most lines the min.
    return header ? { natural, min, soft, lines: [natural, soft, min] } : { natural, min, soft };
  });

const kept = (widths: readonly (number | undefined)[]): number[] => widths.filter((w): w is number => w !== undefined);

describe('fitColumns', () => {
  const cases = fc.array(column, { minLength: 1, maxLength: 12 }).chain((cols) =>
    fc.record({ cols: fc.constant(cols), essential: fc.integer({ min: 1, max: cols.length }), extra: fc.nat({ max: 300 }) }),
  );

  it('fits any terminal as wide as the essential columns at their narrowest, keeping them and the most important others', () => {
    fc.assert(
      fc.property(cases, ({ cols, essential, extra }) => {
        const width = minimumWidth(cols, essential) + extra;
        const widths = fitColumns(cols, essential, width);
        expect(tableWidth(kept(widths))).toBeLessThanOrEqual(width);
        // The columns kept are the first ones: every essential one, then the others in order of importance.
        const count = kept(widths).length;
        expect(count).toBeGreaterThanOrEqual(essential);
        expect(widths.slice(0, count).every((w) => w !== undefined)).toBe(true);
        expect(widths.slice(count).every((w) => w === undefined)).toBe(true);
        widths.forEach((w, i) => w !== undefined && expect(w).toBeGreaterThanOrEqual((cols[i] as FitColumn).min));
        widths.forEach((w, i) => w !== undefined && expect(w).toBeLessThanOrEqual(Math.max((cols[i] as FitColumn).natural, (cols[i] as FitColumn).min)));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a table that fits as it is, and a wider terminal never keeps fewer columns', () => {
    fc.assert(
      fc.property(cases, fc.nat({ max: 50 }), ({ cols, essential, extra }, more) => {
        const natural = cols.map((c) => c.natural);
        expect(fitColumns(cols, essential, tableWidth(natural) + more)).toEqual(natural);
        const width = minimumWidth(cols, essential) + extra;
        expect(kept(fitColumns(cols, essential, width + more)).length).toBeGreaterThanOrEqual(kept(fitColumns(cols, essential, width)).length);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // Two names (10–17, 10–30) and a number: the room goes to the names, evenly, the first one whole.
    [[{ natural: 17, min: 10, soft: 16 }, { natural: 30, min: 10, soft: 16 }, { natural: 5, min: 5, soft: 5 }], 3, 50, [17, 18, 5]],
    // No room for the third column at its soft width: it is left out, the names keep the room.
    [[{ natural: 17, min: 10, soft: 16 }, { natural: 30, min: 10, soft: 16 }, { natural: 12, min: 12, soft: 12 }], 2, 45, [17, 21, undefined]],
    // A name at its soft width lets the third column in: then it gets what is left.
    [[{ natural: 17, min: 10, soft: 16 }, { natural: 30, min: 10, soft: 16 }, { natural: 12, min: 12, soft: 12 }], 2, 55, [17, 16, 12]],
    // Headers over lines get lower as the room allows: 3 lines, then 2, never one column more than needed.
    [[{ natural: 12, min: 4, soft: 8, lines: [12, 8, 4] }, { natural: 9, min: 4, soft: 5, lines: [9, 5, 4] }], 2, 21, [8, 5]],
    // Narrower than the essential columns: the least important of them go, the first stays.
    [[{ natural: 20, min: 20, soft: 20 }, { natural: 20, min: 20, soft: 20 }], 2, 30, [20, undefined]],
  ] as [FitColumn[], number, number, (number | undefined)[]][])('%j, %i essential, %i wide', (cols, essential, width, expected) => {
    expect(fitColumns(cols, essential, width)).toEqual(expected);
  });
});

// Cells of every kind: ASCII, Vietnamese (precomposed and combining), wide CJK, spaces, control characters.
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', '.', ' ', ' ', 'Ơ', 'ệ', 'đ', 'e\u0301', '中', '文', '…', '\u001b'), maxLength: 40 }),
  fc.constantFrom('', 'Thị trấn Phố Châu', 'Công tác chỉ đạo, điều hành cải cách hành chính', '93.64', 'Tổng điểm', 'Điều chỉnh (Σ|chênh lệch|)'),
);
const table = fc.integer({ min: 1, max: 8 }).chain((cols) =>
  fc.record({
    head: fc.array(text, { minLength: cols, maxLength: cols }),
    rows: fc.array(fc.array(text, { minLength: cols, maxLength: cols }), { maxLength: 6 }),
    fits: fc.array(fc.constantFrom<ColumnFit>('fixed', 'shorten', 'wrap'), { minLength: cols, maxLength: cols }),
    priority: fc.shuffledSubarray(Array.from({ length: cols }, (_, i) => i), { minLength: cols, maxLength: cols }),
    essential: fc.integer({ min: 1, max: cols }),
    right: fc.array(fc.boolean(), { minLength: cols, maxLength: cols }),
  }),
);

describe('renderFittedTable', () => {
  it('draws any table in any terminal as wide as its essential columns: no line wider, the essential columns kept', () => {
    fc.assert(
      fc.property(table, fc.nat({ max: 120 }), ({ head, rows, fits, priority, essential, right }, extra) => {
        const spec: TableFitSpec = { fits, priority, essential };
        const width = minimumTableWidth(head, rows, spec) + extra;
        const plan = planTableFit(head, rows, spec, width);
        for (const i of priority.slice(0, essential)) expect(plan.keep).toContain(i);
        // Left out: the least important ones, none before one kept.
        const ranks = plan.left.map((i) => priority.indexOf(i));
        expect(Math.min(Infinity, ...ranks)).toBeGreaterThan(Math.max(-1, ...plan.keep.map((i) => priority.indexOf(i))));
        const out = renderFittedTable(head, rows, plan, fits, { right, color: false });
        for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 400 },
    );
  });

  it('draws a table the terminal has room for as renderTextTable does', () => {
    const head = ['Hạng', 'Đơn vị', 'Tên', 'Chỉ số (%)'];
    const rows = [['1', 'PHOCHAU', 'Thị trấn Phố Châu', '93.64'], ['2', 'SONKIM1', 'Sơn Kim 1', '92.50']];
    const right = [true, false, false, true];
    const spec: TableFitSpec = { fits: ['fixed', 'shorten', 'shorten', 'fixed'], priority: [0, 1, 2, 3], essential: 4 };
    const plan = planTableFit(head, rows, spec, 200);
    expect(renderFittedTable(head, rows, plan, spec.fits, { right, color: false })).toBe(renderTextTable(head, rows, { right, color: false }));
  });

  it('shortens a name with …, wraps a header over lines, and says what it left out', () => {
    const head = ['Hạng', 'Tên', 'Tổng điểm', 'Tối đa'];
    const rows = [['1', 'Thị trấn Phố Châu', '91.53', '97.75']];
    const spec: TableFitSpec = { fits: ['fixed', 'shorten', 'fixed', 'fixed'], priority: [0, 1, 2, 3], essential: 3 };
    const plan = planTableFit(head, rows, spec, 30);
    expect(plan.left).toEqual([3]);
    expect(renderFittedTable(head, rows, plan, spec.fits, { right: [true, false, true, true], color: false }).split('\n')).toEqual([
      '┌──────┬─────────────┬───────┐',
      '│ Hạng │ Tên         │  Tổng │',
      '│      │             │  điểm │',
      '├──────┼─────────────┼───────┤',
      '│    1 │ Thị trấn P… │ 91.53 │',
      '└──────┴─────────────┴───────┘',
    ]);
  });
});

describe('splitAtWidth and shortenText', () => {
  it.each([
    ['Thị trấn Phố Châu', 8, 'Thị trấn'],
    ['So\u031bn La', 3, 'So\u031bn'], // the horn stays with its letter
    ['中文字', 5, '中文'],
    ['中文', 1, '中'], // one character at least: cutting always moves on
  ])('%s cut at %i columns starts %s', (s, w, start) => {
    expect(splitAtWidth(s, w)[0]).toBe(start);
    expect(splitAtWidth(s, w).join('')).toBe(s);
  });

  it.each([
    ['Thị trấn Phố Châu', 12, 'Thị trấn Ph…'],
    ['Thị trấn Phố Châu', 10, 'Thị trấn…'],
    ['Sơn Kim 1', 10, 'Sơn Kim 1'],
    ['中文中文中文', 6, '中文…'],
  ])('%s in %i columns is %s', (s, w, shown) => {
    expect(shortenText(s, w)).toBe(shown);
    expect(displayWidth(shortenText(s, w))).toBeLessThanOrEqual(w);
  });
});
