// Workbooks written by cchc: the same columns and values as the CSV, numbers as numbers with the
// set's precision, header bold and frozen, deterministic bytes; read back by LibreOffice (an
// independent reader) and by cchc itself (compare); the template scores unchanged once filled.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { hasSoffice, sofficeCsv, sofficeResave } from '../helpers/soffice.js';

const SAMPLE = ['-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv'];
const dir = mkdtempSync(join(tmpdir(), 'cchc-xlsx-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lines = (csv: string) => csv.replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
const parts = (file: string) => unzipSync(readFileSync(file));
const part = (file: string, name: string) => strFromU8(parts(file)[name] as Uint8Array);

describe('the ranking workbook', () => {
  const out = join(dir, 'ranking.xlsx');
  const run = runCli(['score', ...SAMPLE, '-o', out]);
  const csv = runCli(['score', ...SAMPLE, '-f', 'csv']).stdout;

  it('is written whole, its header bold and frozen, numbers as numbers with the set’s precision', () => {
    expect(run.code).toBe(0);
    const sheet = part(out, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toMatch(/<c r="E2" s="\d+"><v>62.62<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A2" s="\d+"><v>1<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A1" s="1" t="s">/);
    expect(part(out, 'xl/styles.xml')).toContain('formatCode="0.00"');
    expect(part(out, 'xl/styles.xml')).toContain('<font><b/>');
    expect(part(out, 'xl/workbook.xml')).toContain('<sheet name="Xếp hạng"');
    expect(part(out, 'xl/workbook.xml')).toContain('<sheet name="Chú thích"');
    expect(part(out, 'xl/worksheets/sheet2.xml')).toBeDefined();
  });

  it('is the same bytes for the same inputs; --date (SOURCE_DATE_EPOCH) dates it', () => {
    const again = join(dir, 'again.xlsx');
    runCli(['score', ...SAMPLE, '-o', again]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    expect(part(out, 'docProps/core.xml')).not.toContain('dcterms:created');
    const dated = join(dir, 'dated.xlsx');
    runCli(['score', ...SAMPLE, '-o', dated], { env: { SOURCE_DATE_EPOCH: '1640995200' } });
    expect(part(dated, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2022-01-01T00:00:00Z</dcterms:created>');
  });

  it('carries the inputs’ SHA-256 in its legend sheet', () => {
    const json = JSON.parse(runCli(['score', ...SAMPLE, '-f', 'json']).stdout) as { meta: { inputs: { sha256: string }[] } };
    const strings = part(out, 'xl/sharedStrings.xml');
    for (const i of json.meta.inputs) expect(strings).toContain(i.sha256);
  });

  it('reads back through cchc compare as the CSV does', () => {
    const csvFile = join(dir, 'ranking.csv');
    writeFileSync(csvFile, csv);
    const viaXlsx = runCli(['compare', csvFile, out, '-f', 'csv']);
    expect(viaXlsx.code).toBe(0);
    expect(lines(viaXlsx.stdout).slice(1).every((l) => l.endsWith(',0,93.64,93.64,0.00') || /,0,(\d+\.\d+),\1,0\.00$/.test(l))).toBe(true);
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice with the CSV’s values, Vietnamese intact', () => {
    expect(lines(sofficeCsv(out))).toEqual(lines(csv));
  });

  it('goes to a pipe as bytes', () => {
    const piped = runCli(['score', ...SAMPLE, '-f', 'xlsx']);
    expect(piped.code).toBe(0);
    expect(piped.stdoutBytes.equals(readFileSync(out))).toBe(true);
  });
});

describe('reconcile, compare and explain write workbooks too', () => {
  it.each([
    ['reconcile', ['reconcile', '--self', 'samples/huong-son-2021/self-assessment.csv', ...SAMPLE], 'Điều chỉnh'],
    ['explain', ['explain', 'SONNINH', ...SAMPLE], 'Phiếu điểm'],
  ])('%s', (_, args, sheetName) => {
    const out = join(dir, `${_}.xlsx`);
    const r = runCli([...args, '-o', out]);
    expect(r.code).toBe(0);
    expect(part(out, 'xl/workbook.xml')).toContain(`name="${sheetName}"`);
    expect(part(out, 'xl/workbook.xml')).toContain('name="Chú thích"');
  });
});

/** The template's sheet with rows typed in (text as inline strings, numbers as numbers), as a clerk fills it. */
function fill(template: string, csvFile: string, filled: string): void {
  const zip = parts(template);
  const records = parse(readFileSync(csvFile, 'utf8')) as string[][];
  const header = (records[0] ?? []) as string[];
  const sheetXml = strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array);
  const codes = [...sheetXml.matchAll(/<row r="2">(.*?)<\/row>/g)][0]?.[1] ?? '';
  const strings = [...strFromU8(zip['xl/sharedStrings.xml'] as Uint8Array).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  const order = [...codes.matchAll(/<v>(\d+)<\/v>/g)].map((m) => strings[Number(m[1])] as string);
  const rows = records.slice(1).map((rec, i) => {
    const r = i + 3;
    const cells = order.map((code, k) => {
      const v = rec[header.indexOf(code)] ?? '';
      if (v === '') return '';
      const ref = `${String.fromCharCode(65 + (k % 26)).padStart(k >= 26 ? 2 : 1, String.fromCharCode(64 + Math.floor(k / 26)))}${r}`;
      return /^-?\d+(\.\d+)?$/.test(v) ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
    });
    return `<row r="${r}">${cells.join('')}</row>`;
  });
  zip['xl/worksheets/sheet1.xml'] = strToU8(sheetXml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
  writeFileSync(filled, zipSync(zip));
}

describe('the workbook template', () => {
  const ranking = runCli(['score', ...SAMPLE, '-f', 'csv']).stdout;

  it('has titles and maxima above the header, pick lists and number limits', () => {
    const t = join(dir, 'scores.xlsx');
    expect(runCli(['template', '-o', t]).code).toBe(0);
    const sheet = part(t, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3"');
    expect(sheet).toMatch(/<dataValidation type="list" [^>]*sqref="D3:D1002"><formula1>'Danh sách chọn'!\$A\$1:\$A\$2<\/formula1>/);
    expect(sheet).toMatch(/<dataValidation type="decimal" operator="between" [^>]*><formula1>0<\/formula1><formula2>2.5<\/formula2>/);
    expect(part(t, 'xl/workbook.xml')).toContain('state="hidden"');
    // The titles of the CSV template: each leaf's maximum and what to enter.
    expect(part(t, 'xl/sharedStrings.xml')).toContain('Ban hành kế hoạch CCHC năm đúng thời hạn — tối đa 0,5 điểm; ghi có/không');
  });

  it('--survey as CSV: unit, respondent, group and the questions, the titles below with --titles', () => {
    const r = runCli(['template', '--survey', '--titles']);
    const [header, titles] = lines(r.stdout);
    expect(header).toBe('unit,respondent,group,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12');
    expect(titles?.startsWith('Mã hoặc tên đơn vị được khảo sát (bắt buộc; mỗi phiếu một dòng),Mã phiếu (mỗi phiếu một dòng),')).toBe(true);
  });

  it('filled in, scores unchanged: scores and survey, as typed and as LibreOffice saves them', () => {
    const [scoresT, surveyT] = [join(dir, 'tpl-scores.xlsx'), join(dir, 'tpl-survey.xlsx')];
    runCli(['template', '-o', scoresT]);
    runCli(['template', '--survey', '-f', 'xlsx', '-o', surveyT]);
    const [scores, survey] = [join(dir, 'filled-scores.xlsx'), join(dir, 'filled-survey.xlsx')];
    fill(scoresT, 'samples/huong-son-2021/scores.csv', scores);
    fill(surveyT, 'samples/huong-son-2021/survey.csv', survey);
    const r = runCli(['score', '-s', scores, '-u', survey, '-f', 'csv']);
    expect(r.stderr).toBe('');
    // The ranking CSV shows no notes: the note column changes nothing in it.
    expect(r.stdout).toBe(ranking);
    if (hasSoffice) expect(runCli(['score', '-s', sofficeResave(scores), '-u', sofficeResave(survey), '-f', 'csv']).stdout).toBe(ranking);
  });
});
