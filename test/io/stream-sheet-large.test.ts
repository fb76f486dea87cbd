// A survey of 300,000 questionnaires (~14 MB) streams through: every row, on its line. Its speed
// is measured by npm run bench, not here; a quadratic slip would run into the test's time-out.
import { describe, expect, it } from 'vitest';
import { streamSheet } from '../../src/io/read-sheet.js';

describe('streamSheet on a large survey', () => {
  it('reads 300,000 rows, each on its line', () => {
    const units = ['Xã Sơn Hồng', 'Xã Sơn Tiến', 'Thị trấn Phố Châu'];
    const lines = ['unit,respondent,group,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10'];
    for (let i = 0; i < 300_000; i++) lines.push(`${units[i % 3]},R${i},"LĐ, HĐND",A,B,C,D,,A,B,C,D,E`);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const known = new Set(lines[0]?.toLowerCase().split(','));
    let rows = 0;
    let last = 0;
    const r = streamSheet(bytes, { file: 'survey.csv', isKnownHeader: (k) => known.has(k) }, (row) => {
      rows++;
      last = row.line;
    });
    expect(r.diagnostics).toEqual([]);
    expect([rows, last]).toEqual([300_000, 300_001]);
  });
});
