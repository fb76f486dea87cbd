// The README's "Use from code" example, run as a user would: a script beside the built package,
// importing 'cchc' by name (node_modules/cchc → this clone), in a fresh temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const example = (): string => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use from code'));
  const m = /```js\n([\s\S]*?)```/.exec(section);
  if (!m?.[1]) throw new Error('README: no example under "Use from code"');
  return m[1];
};

describe('the README example of the library', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-api-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('runs beside the built package and prints the ranking, the check and the annex', () => {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'cchc'), 'dir');
    writeFileSync(join(dir, 'example.mjs'), example());
    const out = execFileSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(out.split('\n').slice(0, 5)).toEqual(['1 Thị trấn Phố Châu 93.64 Xuất sắc', '2 Sơn Kim 1 92.5 Xuất sắc', '3 Sơn Kim 2 90.69 Xuất sắc', '4 Sơn Trường 88.44 Tốt', '5 Sơn Ninh 85 Tốt']);
    expect(out).toMatch(/^bình quân 79\.6\d? · 0 vấn đề$/m);
    expect(out).toContain('true example@1, ha-tinh-xa@2021');
    expect(out.trimEnd().endsWith('true')).toBe(true);
  });
});
