// A survey of 300,000 questionnaires (~14 MB) must stream quickly. The bound is loose on purpose:
// it catches a quadratic slip, not a few percent (test/io/bench-reader.mjs measures speed).
import { describe, expect, it } from 'vitest';
import { streamSheet } from '../../src/io/read-sheet.js';

describe('streamSheet on a large survey', () => {
  it('reads 300,000 rows in well under the time a user would notice', () => {
    const units = ['Xã Sơn Hồng', 'Xã Sơn Tiến', 'Thị trấn Phố Châu'];
    const lines = ['unit,respondent,group,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10'];
    for (let i = 0; i < 300_000; i++) lines.push(`${units[i % 3]},R${i},"LĐ, HĐND",A,B,C,D,,A,B,C,D,E`);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const known = new Set(lines[0]?.toLowerCase().split(','));
    let rows = 0;
    let last = 0;
    const t0 = performance.now();
    const r = streamSheet(bytes, { file: 'survey.csv', isKnownHeader: (k) => known.has(k) }, (row) => {
      rows++;
      last = row.line;
    });
    const ms = performance.now() - t0;
    expect(r.diagnostics).toEqual([]);
    expect([rows, last]).toEqual([300_000, 300_001]);
    expect(ms).toBeLessThan(3000);
  });
});
