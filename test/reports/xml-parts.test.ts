// The built binary with hostile text in its inputs and its options: every XML part of the Word
// annex (with --with-findings too) and of every workbook parses strictly; what XML 1.0 forbids and
// the bidirectional overrides show as U+FFFD; `--title $'T\x01'` no longer breaks
// docProps/core.xml; a name holding Excel's escape `_x0041_` reads back as written. The same
// property over many random texts, in-process: xml-parts.property.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSoffice } from '../helpers/soffice.js';
import { badXmlParts } from '../helpers/xml-parts.js';
import { cchc, csvRows, SAMPLE } from './helpers/run-cchc.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-xml-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));

const NAMES = ['Xã \u202eđảo\u202c', 'Xã \ufffe\uffff', 'Xã \u0001\u001b[31m', 'Xã _x0041_ & <b>', 'Xã \u0085\u009b\u2066'];
const sample = readFileSync(`${SAMPLE}/scores.csv`, 'utf8').split(/\r?\n/).filter(Boolean);
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const SCORES = file('scores.csv', [sample[0], ...sample.slice(1).map((r, i) => (i < NAMES.length ? r.split(',').map((c, k) => (k === 1 ? quote(NAMES[i] as string) : k === 2 ? quote(`\u2066${c}\u202e`) : c)).join(',') : r))].join('\n'));
const SELF = file('self.csv', readFileSync(`${SAMPLE}/self-assessment.csv`, 'utf8'));
const FINDINGS = file('findings.csv', ['đơn vị,mã tiêu chí,loại,nhận xét,tài liệu kiểm chứng', ...['PHOCHAU', 'SONKIM1', 'SONKIM2'].map((u, i) => `${u},1.${i + 1},tồn tại,${quote(`Ghi \u0002chú \ufffe ${NAMES[i]}`)},${quote(`Văn bản \u202e${i}`)}`)].join('\n'));
const set = JSON.parse(readFileSync('criteria/ha-tinh-xa-2021.json', 'utf8')) as { title: string; source: string; fields: { title: string }[] };
set.title = 'Bộ \u0001 tiêu chí \ufffe \u202e';
set.source = 'Nguồn \u0007';
set.fields.forEach((f, i) => (f.title = `${f.title} \u0003${i} \u2067 \uffff`));
const CRITERIA = file('set.json', JSON.stringify(set));
const HOSTILE_OPTIONS = ['--title', 'T\u0001\ufffe', '--issuer', 'A\u202e|B\u0002', '--signer', 'X\u0003|Y\u2066', '--signer-name', 'N\u0004', '--decision', 'D\u0005', '--place', 'P\u0006\uffff'];
const job = ['-c', CRITERIA, '-s', SCORES, '-u', `${SAMPLE}/survey.csv`];

function written(name: string, args: string[]): Uint8Array {
  const out = join(dir, name);
  // template takes no date: its workbook carries none.
  const r = cchc([...args, '-o', out, ...(args[0] === 'template' ? [] : ['--date', '2021-11-26'])]);
  expect(r.stderr.match(/\b[A-Z]+_[A-Z0-9_]+\b/g) ?? []).toEqual([]);
  expect(r.status).toBe(0);
  return readFileSync(out);
}
const text = (zip: Uint8Array, part: string) => strFromU8(unzipSync(zip)[part] as Uint8Array);

describe('hostile text into every XML part (built binary)', () => {
  it.each([
    ['score -o annex.docx with every report option', 'a.docx', ['score', ...job, ...HOSTILE_OPTIONS]],
    ['score --with-findings', 'f.docx', ['score', ...job, ...HOSTILE_OPTIONS, '--findings', FINDINGS, '--with-findings']],
    ['score -o ranking.xlsx', 'r.xlsx', ['score', ...job]],
    ['reconcile -o x.xlsx', 'c.xlsx', ['reconcile', '--self', SELF, ...job, '--findings', FINDINGS]],
    ['explain -o x.xlsx', 'e.xlsx', ['explain', 'PHOCHAU', ...job, '--findings', FINDINGS]],
    ['template -o x.xlsx', 't.xlsx', ['template', '-c', CRITERIA]],
    ['template --survey -o x.xlsx', 's.xlsx', ['template', '--survey', '-c', CRITERIA]],
  ])('%s: every part well formed', (_name, out, args) => {
    expect(badXmlParts(written(out, args))).toEqual({});
  });

  it('compare -o x.xlsx of two such rankings', () => {
    const ranking = file('ranking.csv', cchc(['score', ...job, '-f', 'csv']).stdout);
    expect(badXmlParts(written('cmp.xlsx', ['compare', ranking, ranking]))).toEqual({});
  });

  it('what XML forbids and the bidirectional overrides show as U+FFFD: in the annex, its properties, the workbook', () => {
    const annex = written('a2.docx', ['score', ...job, ...HOSTILE_OPTIONS]);
    const doc = text(annex, 'word/document.xml');
    expect(doc).toContain('Xã \ufffdđảo\ufffd');
    expect(doc).toContain('Xã \ufffd\ufffd');
    expect(doc).toContain('P\ufffd\ufffd, ngày 26 tháng 11 năm 2021');
    expect(text(annex, 'docProps/core.xml')).toContain('<dc:title>T\ufffd\ufffd</dc:title>');
    const book = written('r2.xlsx', ['score', ...job]);
    expect(text(book, 'xl/sharedStrings.xml')).toContain('Xã \ufffd\ufffd[31m');
    expect(text(book, 'docProps/core.xml')).toContain('<dc:title>Bộ \ufffd tiêu chí \ufffd \ufffd</dc:title>');
  });

  it('a name holding Excel’s escape `_x0041_` reads back as written (its `_` escaped)', () => {
    const book = join(dir, 'r3.xlsx');
    writeFileSync(book, written('r3.xlsx', ['score', ...job]));
    expect(text(readFileSync(book), 'xl/sharedStrings.xml')).toContain('Xã _x005F_x0041_ &amp; &lt;b&gt;');
    const names = csvRows(cchc(['compare', book, book, '-f', 'csv']).stdout).map((r) => r[1]);
    expect(names).toContain('Xã _x0041_ & <b>');
  });

  it.skipIf(!hasSoffice || !existsSync('/usr/bin/pdftotext'))('LibreOffice opens the hostile annex and workbook (it could not open the annex)', () => {
    written('lo.docx', ['score', ...job, ...HOSTILE_OPTIONS, '--findings', FINDINGS, '--with-findings']);
    written('lo-book.xlsx', ['score', ...job]);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'lo.docx'), join(dir, 'lo-book.xlsx')], { encoding: 'utf8', timeout: 180_000 });
    const text = (pdf: string) => spawnSync('/usr/bin/pdftotext', ['-raw', join(dir, pdf), '-'], { encoding: 'utf8' }).stdout;
    const annex = text('lo.pdf');
    // The table's names (pdftotext drops the U+FFFD next to a letter), the second annex.
    expect(annex).toMatch(/Xã \ufffd?đảo/);
    expect(annex).toContain('Xã _x0041_ & <b>');
    expect(annex).toContain('PHỤ LỤC II');
    expect(text('lo-book.pdf')).toContain('Xã _x0041_ & <b>');
  }, 200_000);
});
