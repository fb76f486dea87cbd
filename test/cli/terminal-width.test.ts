// The terminal tables fit the terminal (issue 10, point 4): score, explain, reconcile and compare
// on the bundled sample, run by the built binary in a real pseudo-terminal 80, 100 and 200
// columns wide. No line is wider than the terminal; rank, unit, name, total, index and band (and
// each report's own first columns) are always there; a line says which columns were left out;
// --wide gives every column; a pipe or a file gets the bytes it always got.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { linesWiderThan, noTerminal, runInTerminal } from '../helpers/run-in-terminal.js';

const S = 'samples/huong-son-2021';
const MERGED = 'test/fixtures/reports/compare-merged-communes';
const DATE = ['--date', '2021-11-26'];
const COMMANDS = {
  score: ['score', '-s', `${S}/scores.csv`, '-u', `${S}/survey.csv`, ...DATE],
  explain: ['explain', 'SONNINH', '-s', `${S}/scores.csv`, '-u', `${S}/survey.csv`, '--findings', `${S}/findings.csv`, ...DATE],
  reconcile: ['reconcile', '--self', `${S}/self-assessment.csv`, '-s', `${S}/scores.csv`, '--findings', `${S}/findings.csv`, ...DATE],
  compare: ['compare', `${MERGED}/before.csv`, `${MERGED}/after.csv`, ...DATE],
};
type Command = keyof typeof COMMANDS;

// A row of each report with its most important cells, whatever the width (names are short enough to stay whole).
const ESSENTIAL: Record<Command, RegExp[]> = {
  score: [/│\s+1 │ PHOCHAU\s+│ Thị trấn Phố Châu │.*91\.53 │.*93\.64 │ Xuất sắc\s+│/, /│\s+25 │ KIMHOA\s+│ Kim Hoa\s+│.*67\.92 │.*68\.96 │ Trung bình │/],
  explain: [/│\s+5 │\s+84\.36 │\s+99\.25 │\s+85\.00 │ Tốt\s+│\s+3\.41 │\s+4\.96 \(Xuất sắc\) │/, /│ 3\.2\.1 │ Tỷ lệ hồ sơ.*│\s+1\.00 │ Tồn tại\s+│ Tỷ lệ hồ sơ giải/],
  reconcile: [/│\s+1 │ SONMY\s+│ Sơn Mỹ\s+│.*-5\.75 │/, /│ SONMY\s+│ 2\.1\s+│ Xây dựng,.*│\s+-0\.25 │ Văn bản chưa đúng/],
  compare: [/│ binh\s+│ Xã Bình\s+│(\s+2 │)?\s+1 │\s+\+1 │(\s+85\.25 │)?\s+91\.00 │\s+\+5\.75 │/, /│ X12\s+│ Xã Một Hai │(\s+│)?\s+3 │\s+chỉ có ở/],
};

// What each table leaves out at 80 columns (a line under each table that leaves some out), and the format the lines name.
const LEFT_AT_80: Record<Command, [string[], string]> = {
  score: [['Điều tra XHH, Thưởng, Trừ, Tối đa, Nhóm, Biểu đồ chỉ số, điểm lĩnh vực 1–8'], 'csv'],
  explain: [['Tài liệu kiểm chứng, Điểm'], 'md'],
  reconcile: [['Điều chỉnh (Σ|chênh lệch|), Số ô', 'Tự chấm'], 'csv'],
  compare: [['Chỉ số trước'], 'csv'],
};

/** The text with the lines a wrapped paragraph was cut into joined again. */
const flat = (text: string): string => text.split('\n').join(' ');

const skip = noTerminal();
if (skip) console.warn(`terminal-width tests skipped: ${skip}`);

describe.skipIf(skip !== undefined)('the terminal tables fit the terminal', () => {
  describe.each(Object.keys(COMMANDS) as Command[])('cchc %s', (command) => {
    it.concurrent.each([80, 100, 200])('%i columns: no line wider, the first columns there', async (cols) => {
      const r = await runInTerminal(COMMANDS[command], cols);
      expect(r.code).toBe(0);
      expect(r.coloured).toBe(true);
      expect(linesWiderThan(r.text, cols)).toEqual([]);
      for (const row of ESSENTIAL[command]) expect(r.text).toMatch(row);
    });

    it.concurrent('80 columns: a line names the columns left out and what shows them', async () => {
      const r = await runInTerminal(COMMANDS[command], 80);
      const [tables, format] = LEFT_AT_80[command];
      for (const names of tables) expect(flat(r.text)).toContain(`Không đủ chỗ nên chưa hiện cột ${names}; --wide hoặc -f ${format} hiện đủ.`);
      expect(flat(r.text).match(/Không đủ chỗ/g)).toHaveLength(tables.length);
    });

    it.concurrent('--wide: every column, no note', async () => {
      const wide = await runInTerminal([...COMMANDS[command], '--wide'], 80);
      expect(wide.code).toBe(0);
      expect(wide.text).not.toContain('Không đủ chỗ');
      for (const header of LEFT_AT_80[command][0].flatMap((names) => names.split(', ')).filter((h) => !h.startsWith('điểm lĩnh vực'))) expect(wide.text).toContain(header);
    });
  });

  it.concurrent('in English, the note too', async () => {
    const r = await runInTerminal([...COMMANDS.score, '--lang', 'en'], 80);
    expect(linesWiderThan(r.text, 80)).toEqual([]);
    expect(flat(r.text)).toContain('Left out to fit the terminal: Appraisal, Survey, Bonus, Penalty, Max, Group, Index bar, field points 1–8; --wide or -f csv shows them.');
  });

  it.concurrent('score at 200 columns has the bar, headed, and the fields that fit; --wide has them all, with what they are', async () => {
    const r = await runInTerminal(COMMANDS.score, 200);
    expect(r.text).toMatch(/│ Biểu đồ chỉ số\s+│\s+1 │\s+2 │/);
    expect(r.text).toMatch(/│ ██████████████████▊ │ 9\.25 │ 5\.00 │ 14\.75 │/);
    const wide = await runInTerminal([...COMMANDS.score, '--wide'], 80);
    expect(wide.text).toMatch(/│ Biểu đồ chỉ số\s+│\s+1 │\s+2 │\s+3 │\s+4 │\s+5 │\s+6 │\s+7 │\s+8 │/);
    expect(wide.text).toContain('Các cột mã số là điểm của từng lĩnh vực: 1 Công tác chỉ đạo, điều hành cải cách hành chính (tối đa 10); 2 ');
  });

  it.concurrent('--uncertainty: the rank as 4 (3–6) at 80 columns, the index interval when there is room', async () => {
    const args = [...COMMANDS.score, '--uncertainty', '--replicates', '100'];
    const narrow = await runInTerminal(args, 80);
    expect(linesWiderThan(narrow.text, 80)).toEqual([]);
    expect(narrow.text).toMatch(/│\s+5 \(\d+–\d+\) │ SONNINH/);
    const wide = await runInTerminal(args, 120);
    expect(linesWiderThan(wide.text, 120)).toEqual([]);
    expect(wide.text).toMatch(/│\s+85\.00 │ \d+\.\d\d–\d+\.\d\d │ Tốt/);
  });

  it.concurrent('ranked by group: each group under its heading, the tables alike', async () => {
    const r = await runInTerminal(['score', '-c', 'test/fixtures/reports/by-group/criteria.json', '-s', 'test/fixtures/reports/by-group/scores.csv'], 80);
    expect(linesWiderThan(r.text, 80)).toEqual([]);
    expect(r.text).toMatch(/\nNhóm: Thị trấn\n┌/);
    expect(r.text).toMatch(/\nNhóm: Xã\n┌/);
    const tops = r.text.split('\n').filter((l) => l.startsWith('┌'));
    expect(tops).toHaveLength(2);
    expect(tops[0]).toBe(tops[1]);
  });

  it.concurrent('a terminal too narrow for a name shortens it with …', async () => {
    const r = await runInTerminal(COMMANDS.score, 70);
    expect(linesWiderThan(r.text, 70)).toEqual([]);
    expect(r.text).toMatch(/│ PHOCHAU\s+│ Thị trấn[^│]*… │/);
  });

  describe('to a pipe or a file: the bytes as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-width-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['score', COMMANDS.score, '../../reports/__snapshots__/sample.txt'],
      ['explain', ['explain', 'Sơn Ninh', ...COMMANDS.explain.slice(2)], '../../reports/__snapshots__/explain-son-ninh-findings.txt'],
      ['reconcile', COMMANDS.reconcile, 'reconcile-findings.txt'],
      ['compare', COMMANDS.compare, 'compare-merged-communes.txt'],
    ])('%s, whatever COLUMNS says', async (_name, args, snapshot) => {
      const r = runCli(args as string[], { env: { COLUMNS: '60' } });
      expect(r.code).toBe(0);
      const expected = readFileSync(join(ROOT, 'test/cli/__snapshots__', snapshot as string), 'utf8');
      expect(r.stdout.replace(/cchc \d+\.\d+\.\d+\S*/g, 'cchc <version>')).toBe(expected);
    });

    it('-o from a terminal writes the file as a pipe gets it', async () => {
      const file = join(dir, 'ranking.txt');
      const r = await runInTerminal([...COMMANDS.score, '-o', file], 80);
      expect(r.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(runCli(COMMANDS.score).stdout);
    });
  });
});
