// renderTextTable replaces cli-table3 (quadratic in the rows): it must draw exactly what
// cli-table3 drew with the options it replaced, for any cells, and show control characters
// from the inputs instead of sending them to the terminal.
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTextTable } from '../../src/report/render-text-table.js';
import { displayWidth } from '../../src/text/display-width.js';

function viaCliTable3(head: string[], rows: string[][], right: boolean[]): string {
  const t = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: right.map((r) => (r ? 'right' : 'left')) });
  for (const r of rows) t.push(r);
  return t.toString();
}

// Characters both width rules agree on: ASCII, Vietnamese (precomposed and with combining marks), CJK.
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', '.', '-', ' ', 'Ơ', 'ệ', 'đ', 'Ứ', 'e\u0301', '中', '文', '█', '▍', '│'), maxLength: 12 }),
  fc.constantFrom('', 'Xã Sơn Hồng', 'Thị trấn Phố Châu', '82.35', '1'),
);

describe('renderTextTable', () => {
  it('draws what cli-table3 drew', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 8 }), fc.infiniteStream(cell), fc.infiniteStream(fc.boolean()), (cols, n, cells, aligns) => {
        const next = () => cells.next().value as string;
        const head = Array.from({ length: cols }, next);
        const rows = Array.from({ length: n }, () => Array.from({ length: cols }, next));
        const right = Array.from({ length: cols }, () => aligns.next().value as boolean);
        expect(renderTextTable(head, rows, { right, color: false })).toBe(viaCliTable3(head, rows, right));
      }),
      { numRuns: 300 },
    );
  });

  it('shows control characters and line breaks instead of sending them to the terminal', () => {
    const out = renderTextTable(['unit', 'name'], [['X1', 'a\u001b[2Jb\u0007c\bd\re\nf\u009bg\u202eh\ti']], { right: [false, false], color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('a\ufffd[2Jb\ufffdc\ufffdd e f\ufffdg\ufffdh i');
    // Every line as wide as the others.
    const widths = out.split('\n').map(displayWidth);
    expect(new Set(widths).size).toBe(1);
  });

  it('colours the header and borders when asked, and the cells it is told to', () => {
    const out = renderTextTable(['a', 'b'], [['1', 'Tốt']], { right: [true, false], color: true, paint: (r, c) => (c === 1 ? (s) => `<${s}>` : undefined) });
    expect(out).toContain('\u001b[1m a \u001b[22m');
    expect(out).toContain(' <Tốt> ');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '').replace('<Tốt>', 'Tốt')).toBe(viaCliTable3(['a', 'b'], [['1', 'Tốt']], [true, false]));
  });
});

describe('displayWidth', () => {
  it.each([
    ['Xã Sơn Hồng', 11],
    ['Sơn', 3],
    ['So\u031bn', 3], // NFD: the horn is a combining mark
    ['中文', 4],
    ['ｱ', 1],
    ['👩‍💻', 2],
    ['a\u200bb', 2],
    ['', 0],
  ])('%s takes %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });
});

describe('displayWidth fast path', () => {
  it('gives every character it takes at one column the width Unicode gives it', async () => {
    const { eastAsianWidth } = await import('get-east-asian-width');
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x1e00, 0x1eff], [0x2010, 0x2027], [0x2500, 0x259f]];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        expect([cp.toString(16), eastAsianWidth(cp), /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u.test(ch)]).toEqual([cp.toString(16), 1, false]);
        expect(displayWidth(ch)).toBe(1);
      }
    }
  });
});

describe('renderTextTable with wrapped columns', () => {
  it('wraps a long cell at spaces within the column, the row taking as many lines as its tallest cell', async () => {
    const { renderTextTable, wrapText } = await import('../../src/report/render-text-table.js');
    expect(wrapText('Chưa xây dựng kế hoạch tuyên truyền', 12)).toEqual(['Chưa xây', 'dựng kế', 'hoạch tuyên', 'truyền']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('ngắn', 10)).toEqual(['ngắn']);
    const table = renderTextTable(['Mã', 'Nhận xét'], [['1.4', 'Chưa xây dựng kế hoạch tuyên truyền'], ['2.1', 'Đạt']], { right: [false, false], color: false, wrap: [0, 14] });
    expect(table.split('\n')).toEqual([
      '┌─────┬──────────────┐',
      '│ Mã  │ Nhận xét     │',
      '├─────┼──────────────┤',
      '│ 1.4 │ Chưa xây     │',
      '│     │ dựng kế      │',
      '│     │ hoạch tuyên  │',
      '│     │ truyền       │',
      '│ 2.1 │ Đạt          │',
      '└─────┴──────────────┘',
    ]);
  });
});
