// The workbook template prints: A4 landscape fitted to the page's width, the titles row wrapped
// and as tall as its longest title, the two header rows repeated on every printed page, frozen
// panes, columns as wide as their content; the survey sheet says one row per form throughout.
// Printed by LibreOffice (both templates in one soffice call): one page each, and every
// instruction whole in the PDF's text (a row too short clips its text out of the PDF).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { wrappedLines } from '../../src/report/xlsx/print-layout.js';
import { hasSoffice } from '../helpers/soffice.js';
import { runCli } from '../helpers/run-cli.js';
import { csvRows } from '../reports/helpers/run-cchc.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-template-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PDFTOTEXT = existsSync('/usr/bin/pdftotext');

const scores = join(dir, 'mau-diem.xlsx');
const survey = join(dir, 'mau-khao-sat.xlsx');
runCli(['template', '-o', scores]);
runCli(['template', '--survey', '-o', survey]);
const part = (book: string, name: string) => strFromU8(unzipSync(readFileSync(book))[name] as Uint8Array);
/** The titles row of the CSV template: the instructions the workbook's first row holds. */
const titlesOf = (args: string[]) => csvRows(runCli(['template', '--titles', ...args]).stdout)[1] ?? [];

describe('the template workbook’s print layout (its XML)', () => {
  it.each([
    ['scores', scores, 'Điểm'],
    ['survey', survey, 'Khảo sát'],
  ])('%s: A4 landscape fitted to the width, both header rows on every page, frozen below them', (_name, book, sheet) => {
    const xml = part(book, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(part(book, 'xl/workbook.xml')).toContain(`<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${sheet}'!$1:$2</definedName></definedNames>`);
  });

  it('the titles row is tall enough for its longest wrapped title; the codes row keeps one line', () => {
    const xml = part(scores, 'xl/worksheets/sheet1.xml');
    const widths = [...xml.matchAll(/<col min="\d+" max="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    const lines = Math.max(...titlesOf([]).map((t, k) => wrappedLines(t, widths[k] ?? 0)));
    expect(lines).toBeGreaterThan(4);
    expect(xml).toContain(`<row r="1" ht="${lines * 15 + 3}" customHeight="1">`);
    expect(xml).toContain('<row r="2">');
    // The leaves' columns narrow (a short value each), the text columns as wide as their titles allow.
    expect(widths.slice(0, 4)).toEqual([26, 12, 26, 12]);
  });

  it('wrappedLines wraps at spaces, breaks a word longer than the line', () => {
    expect(wrappedLines('abc def', 10)).toBe(1);
    expect(wrappedLines('abc def ghi', 6)).toBe(3);
    // A line of a column 11 wide holds 9 characters.
    expect(wrappedLines('x'.repeat(20), 11)).toBe(3);
    expect(wrappedLines('a\nb', 20)).toBe(2);
  });

  it('the survey sheet says one row per form, in the unit’s column too', () => {
    const [unit, respondent] = titlesOf(['--survey']);
    expect([unit, respondent]).toEqual(['Mã hoặc tên đơn vị được khảo sát (bắt buộc; mỗi phiếu một dòng)', 'Mã phiếu (mỗi phiếu một dòng)']);
    expect(titlesOf(['--survey']).join(' ')).not.toContain('mỗi đơn vị một dòng');
    expect(titlesOf(['--survey', '--lang', 'en'])[0]).toBe('Code or name of the unit surveyed (required; one row per form)');
  });
});

describe('the template printed by LibreOffice', () => {
  it.skipIf(!hasSoffice || !PDFTOTEXT)('one A4 landscape page each, every instruction whole in the text', () => {
    const profile = pathToFileURL(join(dir, 'profile')).href;
    spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, scores, survey], { encoding: 'utf8', timeout: 180_000 });
    for (const [book, args] of [
      [scores, []],
      [survey, ['--survey']],
    ] as const) {
      const pdf = book.replace(/\.xlsx$/, '.pdf');
      const info = spawnSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      // Each cell's lines in turn (-raw), broken at spaces and after dashes: compared without white space.
      const text = spawnSync('/usr/bin/pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      const missing = titlesOf([...args]).filter((t) => !text.includes(t.replace(/\s+/g, '')));
      expect(missing).toEqual([]);
    }
  }, 200_000);
});
