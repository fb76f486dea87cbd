// The progress line: only when asked for (a terminal), only after a second, at most ten times a
// second, wiped at the end; nothing at all otherwise.
import { describe, expect, it } from 'vitest';
import { barText, createProgress, wantsProgress } from '../../src/cli/progress.js';

function run(enabled: boolean, times: number[]) {
  let t = 0;
  const out: string[] = [];
  const p = createProgress(enabled, 'en', 0, () => t, (s) => out.push(s));
  times.forEach((at, i) => {
    t = at;
    p.update((i + 1) * 8192);
  });
  p.done();
  return out;
}

describe('progress', () => {
  it('says nothing when not on a terminal', () => {
    expect(run(false, [0, 1500, 3000])).toEqual([]);
    expect(wantsProgress({ isTTY: false }, {})).toBe(false);
    expect(wantsProgress({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(wantsProgress({ isTTY: true }, {})).toBe(true);
  });

  it('says nothing for a read shorter than a second', () => {
    expect(run(true, [100, 500, 900])).toEqual([]);
  });

  it('counts rows after a second, at most every 100 ms, and wipes the line at the end', () => {
    expect(run(true, [500, 1000, 1050, 1200])).toEqual(['\rcchc: reading… 16,384 rows\x1b[K', '\rcchc: reading… 32,768 rows\x1b[K', '\r\x1b[K']);
  });

  it('draws a bar of the share done, in the run\'s language, by the same rules', () => {
    let t = 0;
    const out: string[] = [];
    const what = { vi: 'đang tính khoảng tin cậy', en: 'computing the intervals' };
    const p = createProgress(true, 'vi', 0, () => t, (s) => out.push(s), barText('vi', what));
    for (const [at, share] of [[900, 0.1], [1000, 0.5], [1050, 0.6], [1200, 1]] as const) {
      t = at;
      p.update(share);
    }
    p.done();
    expect(out).toEqual([
      `\rcchc: đang tính khoảng tin cậy… ${'█'.repeat(12)}${'░'.repeat(12)} 50%\x1b[K`,
      `\rcchc: đang tính khoảng tin cậy… ${'█'.repeat(24)} 100%\x1b[K`,
      '\r\x1b[K',
    ]);
    expect(barText('en', what)(0.333)).toBe(`cchc: computing the intervals… ${'█'.repeat(7)}${'░'.repeat(17)} 33%`);
  });
});
