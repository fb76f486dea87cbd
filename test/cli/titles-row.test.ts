// The row of titles `cchc template --titles` writes, left in the sheet it was filled in: recognised
// and skipped with a notice, the ranking as without it.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { codesIn, runCli } from '../helpers/run-cli.js';
import { SAMPLE_SCORES, SAMPLE_SURVEY, sampleRows } from '../helpers/sample-sheet.js';
import { tempFiles } from '../helpers/temp-files.js';

/** The template with titles, filled in with the sample's values under the titles row. */
function filledTemplate(extra: string[] = []): string {
  const [header = [], titles = []] = parse(runCli(['template', '--titles', ...extra]).stdout.replace(/^\ufeff/, '')) as string[][];
  const [sampleHeader = [], ...rows] = sampleRows();
  const data = rows.map((r) => header.map((h) => r[sampleHeader.indexOf(h)] ?? ''));
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
  return `${[header, titles, ...data].map(line).join('\r\n')}\r\n`;
}

describe('the titles row left in', () => {
  const clean = runCli(['score', '-s', SAMPLE_SCORES, '-u', SAMPLE_SURVEY, '-f', 'csv']);
  it.each([['vi', 'dòng tên tiêu chí của `cchc template --titles` vẫn còn dưới dòng tiêu đề: đã bỏ qua'], ['en', 'the titles row of `cchc template --titles` is still under the header: skipped']])(
    'is skipped with a notice (%s), at its line; the ranking is the one without it',
    (lang, text) => {
      const f = tempFiles({ 'scores.csv': filledTemplate() });
      const r = runCli(['score', '-s', f['scores.csv'], '-u', SAMPLE_SURVEY, '-f', 'csv', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(codesIn(r.stderr)).toEqual(['SCORE_TITLES_ROW_SKIPPED']);
      expect(r.stderr).toMatch(/^ {2}2 +(cảnh báo|warning) /m);
      expect(r.stderr).toContain(text);
      expect(r.stdout).toBe(clean.stdout);
    },
  );

  it('a first row that only looks like titles in a few cells is data (and its errors are said)', () => {
    const text = filledTemplate().split('\r\n');
    const titles = (text[1] ?? '').split(',').map((c, k) => (k < 6 ? c : '1'));
    const f = tempFiles({ 'scores.csv': [text[0], titles.join(','), ...text.slice(2)].join('\r\n') });
    const r = runCli(['score', '-s', f['scores.csv'], '-u', SAMPLE_SURVEY, '-f', 'csv']);
    expect(codesIn(r.stderr)).not.toContain('SCORE_TITLES_ROW_SKIPPED');
  });
});
