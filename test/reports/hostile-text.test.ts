// Names and titles written to be run: formulas for a spreadsheet, tags and links for Markdown,
// escape sequences for a terminal. Every output must show them, never obey them: each CSV cell
// is neutralised (ranking, template, reconcile, compare), Markdown renders them as written text,
// the terminal and the messages get no control character.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { neutralizeCell } from '../../src/report/csv-cells.js';
import { cchc, csvRows, FIXTURES } from './helpers/run-cchc.js';

const ESC = '\u001b';
const NAMES = {
  formula: '=HYPERLINK("http://evil.example","bấm vào")',
  markup: 'Xã <b>An</b> *nghiêng* [liên kết](http://evil.example) `mã` | cột & $x$ ~~gạch~~ <script>alert(1)</script>',
  terminal: `Xã Bình ${ESC}[31mđỏ${ESC}[0m\u0007 chuông\b\u009b2J\u202eđảo`,
};
const dir = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
const criteria = JSON.parse(readFileSync(`${FIXTURES}/mini-set/criteria.json`, 'utf8')) as {
  title: string;
  bands: { label: string }[];
  fields: { title: string; children: { title: string }[] }[];
};
criteria.title = `<i>Bộ</i> ${ESC}]0;pwned\u0007 *tiêu chí*`;
criteria.bands[0]!.label = '=A';
const titles = ['=1+2', '@SUM(A1)', '-2+3', '+cmd|\' /C calc\'!A0', ' =cách đầu', '\uff1dtoàn khổ'];
criteria.fields.flatMap((f) => f.children).forEach((leaf, i) => (leaf.title = titles[i % titles.length] as string));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const CRITERIA = file('criteria.json', JSON.stringify(criteria, null, 2));
const rows = (second: string) => [
  'unit,name,group,1.1,1.2,1.3,2.1,2.2,3.1',
  `${quote(NAMES.formula)},${quote(NAMES.markup)},+nhóm,không,1.5,-,95,2.5,1.5`,
  `@B,${quote(NAMES.terminal)},-nhóm,có,1,2,100,3,2`,
  `C,Xã Cát,@nhóm,có,${second},1.5,89,2,1`,
];
const SCORES = file('scores.csv', rows('1.25').join('\n'));
const SELF = file('self.csv', rows('1.5').map((r) => r.replace(/,[^,]*$/, '')).join('\n'));

/** No cell a spreadsheet would run: every cell is as neutralizeCell leaves it (numbers included). */
function expectNoFormula(csv: string): void {
  const cells = csvRows(csv).flat();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(neutralizeCell(cell), cell).toBe(cell);
  expect(cells.filter((c) => /^[\s\u00a0]*[=+\-@\uff1d]/.test(c) && !/^-\d+(?:[.,]\d+)?$/.test(c))).toEqual([]);
}

const ok = (args: string[]) => {
  const r = cchc(args);
  // The mini set's maxima add up to 12: that warning only.
  expect(r.stderr.match(/\b[A-Z]+_[A-Z0-9_]+\b/g) ?? []).toEqual(args[0] === 'compare' ? [] : ['CRITERIA_TOTAL_NOT_100']);
  expect(r.status).toBe(0);
  return r.stdout;
};
const job = ['-c', CRITERIA, '-s', SCORES];

describe('hostile text in CSV', () => {
  const ranking = ok(['score', ...job, '-f', 'csv']);
  it.each([
    ['score', ranking],
    ['template --titles', ok(['template', '-c', CRITERIA, '--titles'])],
    ['reconcile', ok(['reconcile', '--self', SELF, ...job, '-f', 'csv'])],
    ['compare', ok(['compare', file('before.csv', ranking), file('after.csv', ranking), '-f', 'csv'])],
  ])('%s: every formula-like cell is neutralised', (_name, csv) => {
    expectNoFormula(csv);
  });

  it('the names are otherwise kept whole, and negative numbers stay numbers', () => {
    const cells = csvRows(ranking).flat();
    expect(cells).toContain(`'${NAMES.formula}`);
    expect(cells).toContain(NAMES.terminal);
    expect(cells).toContain("'-nhóm");
    const changes = csvRows(ok(['reconcile', '--self', SELF, ...job, '-f', 'csv'])).map((r) => r[6]);
    expect(changes).toContain('-0.25');
  });
});

describe('hostile text in Markdown', () => {
  const md = new MarkdownIt({ html: true });
  const cellsOf = (html: string) => [...html.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1] as string);
  const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

  it.each([
    ['score', ['score', ...job, '-f', 'md']],
    ['explain', ['explain', '@B', ...job, '-f', 'md']],
    ['reconcile', ['reconcile', '--self', SELF, ...job, '-f', 'md']],
    ['compare', ['compare', file('b.csv', ok(['score', ...job, '-f', 'csv'])), file('a.csv', ok(['score', ...job, '-f', 'csv'])), '-f', 'md']],
  ])('%s: rendered, the page has no tag, link, emphasis or code from the inputs', (_name, args) => {
    const html = md.render(ok(args));
    // <strong> (the title) and <em> (a note) are cchc's own; nothing else is made from the inputs.
    expect(html).not.toMatch(/<(?:b|i|a|code|s|del|script|img)\b/);
    expect(html).not.toMatch(/<em>(?:nghiêng|tiêu chí)/);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('a name shows as written, in its cell', () => {
    const html = md.render(ok(['score', ...job, '-f', 'md']));
    expect(cellsOf(html).map(unescape)).toContain(NAMES.markup);
    expect(html).toContain('Bộ tiêu chí: &lt;i&gt;Bộ&lt;/i&gt; \ufffd]0;pwned\ufffd *tiêu chí* (mini@1)');
  });
});

describe('hostile text in the HTML report', () => {
  it('stays escaped: no tag from a name or a title', () => {
    const html = ok(['score', ...job, '-f', 'html']);
    expect(html).not.toContain('<b>An</b>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<i>Bộ</i>');
    expect(html).toContain('&lt;b&gt;An&lt;/b&gt;');
  });
});

describe('hostile text on the terminal', () => {
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it.each([
    ['score', ['score', ...job]],
    ['explain', ['explain', '@B', ...job]],
    ['reconcile', ['reconcile', '--self', SELF, ...job]],
  ])('%s: the table carries no control character', (_name, args) => {
    const out = ok(args);
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('\ufffd[31mđỏ\ufffd[0m\ufffd chuông\ufffd');
  });

  it('a very long text is shortened in messages, saying how long it was: stderr stays small', () => {
    const query = `Xã ${'Sơn 😀 '.repeat(10_000)}cuối`;
    const vi = cchc(['explain', query, ...job]);
    expect(vi.status).toBe(1);
    expect(vi.stderr.length).toBeLessThan(1_000);
    expect(vi.stderr).toContain('"Xã Sơn 😀 Sơn');
    expect(vi.stderr).toMatch(/ Sơn 😀 cuối \[60\.007 ký tự\]"/);
    const en = cchc(['explain', query, ...job, '--lang', 'en']);
    expect(en.stderr).toContain('[60,007 characters]');
  });

  it('usage errors quoting the command line carry none either', () => {
    for (const args of [['score', '-s', SCORES, `--x${ESC}[2J`], ['score', '-s', SCORES, '--date', `2021${ESC}[2J`]]) {
      const r = cchc(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('\ufffd[2J');
      expect(r.stderr).not.toMatch(CONTROL);
    }
  });

  it('a message quoting the input carries none either', () => {
    const r = cchc(['explain', `Xã ${ESC}[2J${ESC}]0;x\u0007`, ...job]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SCORE_UNIT_UNKNOWN');
    expect(r.stderr).not.toMatch(CONTROL);
  });
});
