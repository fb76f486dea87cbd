// `cchc notices` from the built binary on the Hương Sơn sample: a folder of 25 Word files (the same
// bytes again with the same --date), --unit, --combined, -f md; each notice read back from its XML
// holds its unit's numbers exactly as `explain -f json` gives them and only its own remarks; bad
// -o, an unknown unit and a failure part way leave nothing written.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import { zipText } from '../helpers/read-zip.js';
import { codesIn, ROOT, runCli, runCliAs, unprivileged } from '../helpers/run-cli.js';

const S = join(ROOT, 'samples/huong-son-2021');
const JOB = ['-s', join(S, 'scores.csv'), '-u', join(S, 'survey.csv'), '--findings', join(S, 'findings.csv'), '--date', '2021-11-26', '--output-decimal', 'dot'];
const dir = mkdtempSync(join(tmpdir(), 'cchc-notices-'));
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** `cchc notices` into `out`, numbered {n}/TB-HĐTĐ unless `args` give their own --number. */
const notices = (out: string, ...args: string[]) =>
  runCli(['notices', ...JOB, ...(args.includes('--number') ? [] : ['--number', '{n}/TB-HĐTĐ']), '--place', 'Hương Sơn', ...args, '-o', join(dir, out)]);
const unxml = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
/** The text of each paragraph of some XML, in order; a line break as |. */
const texts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((p) => unxml([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '|').join('')));
/** The text of each paragraph of a Word file's body. */
const paragraphs = (docx: Buffer): string[] => texts(zipText(docx, 'word/document.xml'));
/** The rows of the tables, each a list of its cells' texts (a cell's paragraphs joined by |). */
const rows = (docx: Buffer): string[][] =>
  [...zipText(docx, 'word/document.xml').matchAll(/<w:tr>([^]*?)<\/w:tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<w:tc>([^]*?)<\/w:tc>/g)].map((c) => texts(c[1] ?? '').join('|')));

const run = notices('all');
const files = readdirSync(join(dir, 'all')).sort();
const read = (folder: string, unit: string) => readFileSync(join(dir, folder, `${unit}.docx`));
const units = files.map((f) => f.replace(/\.docx$/, ''));

describe('cchc notices -o FOLDER on the sample', () => {
  it('writes one Word file per unit, named by its code; the same bytes on a second run', () => {
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(files).toHaveLength(25);
    expect(units).toContain('SONNINH');
    expect(notices('again').code).toBe(0);
    for (const f of files) expect(readFileSync(join(dir, 'again', f)).equals(readFileSync(join(dir, 'all', f))), f).toBe(true);
  });

  it('each notice is laid out as Decree 30 has it: issuer, number, motto, place and date, title, recipients, signer', () => {
    const text = paragraphs(read('all', 'SONNINH'));
    const head = ['ỦY BAN NHÂN DÂN HUYỆN …………|HỘI ĐỒNG THẨM ĐỊNH', 'Số: 5/TB-HĐTĐ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc', 'Hương Sơn, ngày 26 tháng 11 năm 2021'];
    for (const p of [...head, 'THÔNG BÁO', 'Kết quả xác định Chỉ số cải cách hành chính năm 2021 của Sơn Ninh', 'Nơi nhận:', '- Sơn Ninh;', '- Lưu: VT.', 'TM. HỘI ĐỒNG THẨM ĐỊNH|CHỦ TỊCH', '(Chữ ký, dấu)', '…………']) {
      expect(text).toContain(p);
    }
    expect(text.indexOf('THÔNG BÁO')).toBeLessThan(text.indexOf('1. Kết quả chung'));
    // Numbered in ranking order: the first unit 1, the last 25.
    expect(paragraphs(read('all', 'PHOCHAU'))).toContain('Số: 1/TB-HĐTĐ');
    expect(paragraphs(read('all', 'KIMHOA'))).toContain('Số: 25/TB-HĐTĐ');
  });

  it("every unit's notice holds its numbers exactly as explain -f json gives them, and only its own remarks", async () => {
    const docs = await Promise.all(units.map(async (u) => (await explain({ scores: join(S, 'scores.csv'), survey: join(S, 'survey.csv'), findings: join(S, 'findings.csv'), unit: u })).explained as unknown as Explained));
    // The library's explain is the CLI's (one unit checked through the binary).
    expect(JSON.parse(runCli(['explain', 'SONNINH', ...JOB, '-f', 'json']).stdout)).toEqual(docs[units.indexOf('SONNINH')]);
    const n = (x: number | null) => (x === null ? '' : x.toFixed(2));
    const notes = (e: Explained) => new Set((e.findings ?? []).map((f) => f.note));
    docs.forEach((e, i) => {
      const docx = read('all', units[i] as string);
      const text = paragraphs(docx);
      const body = text.join('\n');
      expect(text).toContain(`- Chỉ số cải cách hành chính đạt ${n(e.index)}%, xếp loại ${e.band}.`);
      expect(body).toContain(`- Xếp hạng: thứ ${e.rank}/25 đơn vị;`);
      expect(text).toContain(`- Tổng điểm: ${n(e.total)} điểm, trên điểm tối đa ${n(e.max)} điểm áp dụng cho đơn vị; gồm: điểm thẩm định ${n(e.appraisal)}; điểm điều tra xã hội học ${n(e.survey)}; điểm thưởng ${n(e.bonus)}; điểm trừ ${n(e.penalty)}.`);
      const table = rows(docx);
      for (const f of e.nodes.filter((x) => x.depth === 0)) expect(table).toContainEqual([f.code, f.title, n(f.max), n(f.points), n(f.index)]);
      expect(table).toContainEqual(['', 'Tổng điểm', n(e.max), n(e.total), n(e.index)]);
      // Every leaf where it lost points, with its points of its maximum; its remarks under its title.
      for (const l of e.losses) expect(table.some((r) => r[0] === l.code && r[1]?.startsWith(l.title) && r[2] === `${n(l.points)}/${n(l.max)}`), l.code).toBe(true);
      if (e.nextRank) expect(body).toContain(`(hạng ${e.nextRank.rank}, chỉ số ${n(e.nextRank.index)})`);
      if (e.nextRank && e.nextRank.pointsToMatch > 0) expect(body).toContain(`cần thêm ${n(e.nextRank.pointsToMatch)} điểm`);
      if (e.gapToNextBand !== null) expect(body).toContain(`cần thêm ${n(e.gapToNextBand)} điểm (`);
      const own = notes(e);
      for (const note of own) expect(body, `${units[i]}: ${note}`).toContain(note);
      const others = docs.filter((_, j) => j !== i).flatMap((o) => [...notes(o)]).filter((x) => !own.has(x));
      for (const note of others) expect(body, `${units[i]} shows another unit's remark`).not.toContain(note);
    });
  });

  it('--unit (a code or a name, any case): only those notices, each as in the full run', () => {
    const r = notices('some', '--unit', 'sơn ninh', '--unit', 'PHOCHAU', '--unit', 'SONNINH');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'some')).sort()).toEqual(['PHOCHAU.docx', 'SONNINH.docx']);
    expect(read('some', 'SONNINH').equals(read('all', 'SONNINH'))).toBe(true);
  });

  it('--combined: one Word file, a section per notice (each from a new page), the notices in ranking order', () => {
    expect(notices('all.docx', '--combined').code).toBe(0);
    const docx = readFileSync(join(dir, 'all.docx'));
    const xml = zipText(docx, 'word/document.xml');
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(25);
    // Headers in the first section only: the others inherit them, and number their pages from 1.
    expect(xml.match(/<w:headerReference /g)).toHaveLength(2);
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(25);
    const numbers = paragraphs(docx).filter((p) => p.startsWith('Số: '));
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => `Số: ${i + 1}/TB-HĐTĐ`));
    expect(notices('all-again.docx', '--combined').code).toBe(0);
    expect(readFileSync(join(dir, 'all-again.docx')).equals(docx)).toBe(true);
  });

  it('-f md: one Markdown file per unit with the same content, text escaped as the Markdown reports escape it', () => {
    expect(notices('md', '-f', 'md').code).toBe(0);
    expect(readdirSync(join(dir, 'md'))).toHaveLength(25);
    const md = readFileSync(join(dir, 'md', 'SONNINH.md'), 'utf8');
    expect(md).toContain('## THÔNG BÁO\n\n**Kết quả xác định Chỉ số cải cách hành chính năm 2021 của Sơn Ninh**');
    expect(md).toContain('- Chỉ số cải cách hành chính đạt 85.00%, xếp loại Tốt.');
    expect(md).toContain('| 3.2.1 | Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn (%) — Tồn tại: Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,5%;');
    expect(md).toContain('**_Nơi nhận:_**\n\n- Sơn Ninh;\n- Lưu: VT.');
    const combined = notices('all.md', '--combined');
    expect(combined.code).toBe(0);
    expect(readFileSync(join(dir, 'all.md'), 'utf8').split('\n---\n\n')).toHaveLength(25);
  });
});

describe('what cchc notices refuses, writing nothing', () => {
  const untouched = (path: string) => (existsSync(path) ? readdirSync(path) : 'absent');

  it('-o a file: exit 2, OUTPUT_NOT_A_FOLDER; the file as it was', () => {
    writeFileSync(join(dir, 'a-file'), 'keep');
    const r = notices('a-file');
    expect([r.code, codesIn(r.stderr)]).toEqual([2, ['OUTPUT_NOT_A_FOLDER']]);
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('keep');
  });

  it('--combined -o a folder: exit 2, OUTPUT_IS_DIRECTORY; -o x.txt: Markdown', () => {
    mkdirSync(join(dir, 'a-folder'));
    const r = notices('a-folder', '--combined');
    expect([r.code, codesIn(r.stderr)]).toEqual([2, ['OUTPUT_IS_DIRECTORY']]);
    expect(notices('one.txt', '--combined', '--unit', 'SONNINH', '--number', '1/TB').code).toBe(0);
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toMatch(/^ỦY BAN NHÂN DÂN HUYỆN …………  \n\*\*HỘI ĐỒNG THẨM ĐỊNH\*\*/);
  });

  it('an unknown unit: exit 1, the closest ones suggested, nothing written', () => {
    const r = notices('unknown', '--unit', 'Sơn Kim', '--unit', 'SONNINH');
    expect([r.code, codesIn(r.stderr)]).toEqual([1, ['SCORE_UNIT_UNKNOWN']]);
    expect(r.stderr).toContain('không có đơn vị "Sơn Kim"; có phải "SONKIM1" (Sơn Kim 1), "SONKIM2" (Sơn Kim 2)?');
    expect(untouched(join(dir, 'unknown'))).toBe('absent');
  });

  it('a folder that holds something: exit 2, OUTPUT_FOLDER_NOT_EMPTY, left as it was; an empty one is filled', () => {
    mkdirSync(join(dir, 'full'));
    writeFileSync(join(dir, 'full', 'old.docx'), 'old');
    const r = notices('full');
    expect([r.code, codesIn(r.stderr)]).toEqual([2, ['OUTPUT_FOLDER_NOT_EMPTY']]);
    expect(readdirSync(join(dir, 'full'))).toEqual(['old.docx']);
    mkdirSync(join(dir, 'empty'), { mode: 0o750 });
    chmodSync(join(dir, 'empty'), 0o750);
    expect(notices('empty', '--unit', 'SONNINH', '--number', '7/TB').code).toBe(0);
    expect(readdirSync(join(dir, 'empty'))).toEqual(['SONNINH.docx']);
    expect(statSync(join(dir, 'empty')).mode & 0o777).toBe(0o750);
  });

  it.each([
    ['no -o', [], 'cchc notices ghi mỗi đơn vị một tệp vào một thư mục: thêm -o <thư-mục>'],
    ['-o a .docx without --combined', ['-o', join(dir, 'x.docx')], 'thêm --combined để ghi một tệp gồm mọi thông báo'],
    ['-o a .pdf without --combined', ['-o', join(dir, 'x.pdf')], 'thêm --combined để ghi một tệp gồm mọi thông báo'],
    ['--combined -o a .pdf', ['--combined', '-o', join(dir, 'x.pdf')], 'cchc không ghi tệp .pdf; lệnh này ghi được: docx, md. Gần nhất là docx'],
    ['an unknown placeholder', ['--number', '{m}/TB', '-o', join(dir, 'x')], 'mẫu số chỉ nhận {n}'],
    ['one number for every notice', ['--number', '12/TB-HĐTĐ', '-o', join(dir, 'x')], 'mọi thông báo sẽ cùng một số'],
  ])('%s: a usage error (exit 2) before anything is read', (_, args, message) => {
    const r = runCli(['notices', '-s', 'no-such-file.csv', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  const user = unprivileged();
  it.skipIf('reason' in user)(`a folder that may not be written in: exit 2, nothing there${'reason' in user ? ` (skipped: ${user.reason})` : ''}`, () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o555);
    const r = runCliAs(user as { prefix: string[] }, ['notices', '-s', join(S, 'scores.csv'), '-o', join(locked, 'out')]);
    expect([r.code, codesIn(r.stderr)]).toEqual([2, ['OUTPUT_FOLDER_NOT_WRITABLE']]);
    expect(readdirSync(locked)).toEqual([]);
  });

  const prlimit = spawnSync('prlimit', ['--version']).status === 0;
  it.skipIf(!prlimit)(`a write that fails part way (a file over the size limit): exit 1, no folder and no temporary folder left${prlimit ? '' : ' (skipped: prlimit not found)'}`, () => {
    // Every notice but the largest fits under the limit: some are written before one fails (EFBIG).
    const limit = Math.max(...files.map((f) => statSync(join(dir, 'all', f)).size)) - 1;
    const out = join(dir, 'part');
    const r = spawnSync('prlimit', [`--fsize=${limit}`, process.execPath, join(ROOT, 'bin/cchc.js'), 'notices', ...JOB, '--number', '{n}/TB-HĐTĐ', '--place', 'Hương Sơn', '-o', out], { env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, encoding: 'utf8' });
    expect([r.status, codesIn(r.stderr)]).toEqual([1, ['OUTPUT_WRITE_FAILED']]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('cchc-tmp'))).toEqual([]);
  });
});

interface Explained {
  rank: number | null;
  appraisal: number | null;
  survey: number | null;
  bonus: number | null;
  penalty: number | null;
  total: number | null;
  max: number | null;
  index: number | null;
  band: string | null;
  nextRank: { rank: number; index: number; pointsToMatch: number } | null;
  gapToNextBand: number | null;
  nodes: { code: string; title: string; depth: number; max: number | null; points: number | null; index: number | null }[];
  losses: { code: string; title: string; max: number; points: number }[];
  findings?: { note: string }[];
}
