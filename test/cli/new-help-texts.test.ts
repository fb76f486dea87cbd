// The help texts this issue added exist in Vietnamese (the default) and English (--lang en).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const help = (args: string[]) => runCli([...args, '--help']).stdout.replace(/\s+/g, ' ');

describe('help of template, criteria show and explain', () => {
  it.each([
    [['template'], 'mẫu phiếu điều tra xã hội học thay vì bảng điểm', 'the raw-answers sheet instead of the scores'],
    [['template'], 'điểm tối đa và cách ghi', "its maximum and what to enter"],
    [['criteria', 'show'], 'trình bày một bộ tiêu chí', 'a criteria set explained'],
    [['criteria', 'show'], 'cchc criteria show ha-tinh-xa@2021 -f md -o bo-tieu-chi.md', 'cchc criteria show ha-tinh-xa@2021 -f md -o criteria.md'],
    [['criteria'], 'show trình bày một bộ', 'show one (bundled or a JSON file)'],
    [['explain'], 'Bảng điểm cộng đến tổng điểm', 'The sheet adds up to the total'],
  ])('%j: %s / %s', (args, vi, en) => {
    expect(help(args)).toContain(vi);
    const english = help([...args, '--lang', 'en']);
    expect(english).toContain(en);
    expect(english).not.toContain(vi);
  });
});
