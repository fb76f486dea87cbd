import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/io/detect-delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    ['unit,1.1,1.2\nXã A,7.5,8\n', ','],
    ['unit;1.1;1.2\nXã A;7,5;8,25\nXã B;6,5;9,5\n', ';'],
    ['unit\t1.1\nXã A\t7,5\n', '\t'],
    // Commas inside quotes do not count.
    ['unit;ghi chú\n"Xã A";"a, b, c, d"\n"Xã B";"e, f, g, h"\n', ';'],
    // A quoted line break read with the wrong delimiter must not make that delimiter win.
    ['h0,h1,h2\nu0,";\n;\n;\n;",x\nu1,";\n;\n;",y\n', ','],
    // Title rows without padding above a semicolon table with decimal commas in every cell.
    ['BẢNG ĐIỂM\nunit;1.1;1.2\nA;7,5;8,5\nB;6,5;9,5\n', ';'],
    ['unit\nXã A\n', ','],
    ['', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text).delimiter).toBe(delimiter);
  });

  it.each([
    ['sep=;\r\nunit,a\r\n', ';', 7],
    ['"sep=,"\nunit;a\n', ',', 8],
    ['SEP=\t\nunit\n', '\t', 6],
    ['sep=|\nunit|a\n', ',', 0],
  ])('honours Excel’s %j line', (text, delimiter, start) => {
    expect(detectDelimiter(text)).toEqual({ delimiter, start, startLine: start ? 2 : 1 });
  });
});
