#!/usr/bin/env node
// Workbook rows of the benchmark: the same data as CSV and as .xlsx (written as Excel writes a
// sheet: shared strings after the sheets, one `<c>` per cell), scored by `cchc score -f csv`.
// Targets (issue 11): a district workbook within ~50 ms of its CSV; a 100,000-form survey
// workbook within 3× of its CSV; peak memory flat in the number of rows (300,000 forms).
//   node scripts/bench/workbooks.mjs [--rounds N]          (needs a built dist/)
// scripts/bench.mjs runs it after its own table unless given --no-workbooks.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { zipSync } from 'fflate';
import { makeCriteria, makeUnits, writeScores, writeSurvey } from './make-data.mjs';
import { median, runNode } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const letters = (n) => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** A CSV written by make-data.mjs as a workbook of one sheet: numbers as number cells, the rest shared strings. */
export function csvToXlsx(csvPath, xlsxPath) {
  const strings = new Map();
  const sid = (s) => strings.get(s) ?? (strings.set(s, strings.size), strings.size - 1);
  const rows = parse(readFileSync(csvPath, 'utf8')).map((record, r) => {
    const cells = record.map((v, k) => {
      if (v === '') return '';
      const ref = `${letters(k + 1)}${r + 1}`;
      return /^-?\d+(\.\d+)?$/.test(v) ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${sid(v)}</v></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const enc = (s) => new TextEncoder().encode(s);
  const files = {
    '[Content_Types].xml': enc(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`),
    '_rels/.rels': enc(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': enc(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': enc(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': enc(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': enc(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${[...strings.keys()].map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`),
  };
  writeFileSync(xlsxPath, zipSync(files, { level: 6 }));
}

const SCALES = [
  { name: 'district', units: 25, criteria: 'ha-tinh-xa', rounds: 15 },
  { name: 'survey-100k', units: 3334, criteria: 'bench', rounds: 5 },
  { name: 'survey-300k', units: 10_000, criteria: 'bench', rounds: 2 },
];

export function benchWorkbooks({ rounds: minRounds = 0, log = console.log } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-xlsx-'));
  try {
    const benchPath = join(dir, 'bench.json');
    writeFileSync(benchPath, JSON.stringify(makeCriteria()));
    const jobs = SCALES.map((s, i) => {
      const crit = s.criteria === 'bench' ? makeCriteria() : JSON.parse(readFileSync(join(root, 'criteria/ha-tinh-xa-2021.json'), 'utf8'));
      const units = makeUnits(s.units, 4000 + i);
      const files = {};
      for (const kind of ['scores', 'survey']) {
        const csv = join(dir, `${s.name}-${kind}.csv`);
        if (kind === 'scores') writeScores(csv, crit, units, 5000 + i);
        else writeSurvey(csv, crit, units, 30, 6000 + i);
        csvToXlsx(csv, csv.replace(/\.csv$/, '.xlsx'));
        files[kind] = csv;
      }
      const args = (ext) => [join(root, 'bin/cchc.js'), 'score', '-c', s.criteria === 'bench' ? benchPath : 'ha-tinh-xa@2021', '-s', files.scores.replace(/\.csv$/, ext), '-u', files.survey.replace(/\.csv$/, ext), '-f', 'csv', '-o', join(dir, `${s.name}${ext}.out`)];
      const size = (ext) => (statSync(files.scores.replace(/\.csv$/, ext)).size + statSync(files.survey.replace(/\.csv$/, ext)).size) / 1e6;
      return { ...s, forms: s.units * 30, csv: args('.csv'), xlsx: args('.xlsx'), csvMB: size('.csv'), xlsxMB: size('.xlsx'), csvRuns: [], xlsxRuns: [] };
    });
    const rounds = Math.max(minRounds, ...jobs.map((j) => j.rounds));
    for (let r = 0; r < rounds; r++) {
      for (const j of jobs) {
        if (r >= Math.max(minRounds, j.rounds)) continue;
        j.csvRuns.push(runNode(j.csv));
        j.xlsxRuns.push(runNode(j.xlsx));
      }
    }
    const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
    log('');
    log('workbooks (the same data as CSV and as .xlsx):');
    log('job          forms    CSV in   xlsx in     CSV      xlsx   xlsx−CSV  xlsx÷CSV  peak RSS CSV / xlsx');
    for (const j of jobs) {
      const c = median(j.csvRuns.map((x) => x.ms));
      const x = median(j.xlsxRuns.map((x) => x.ms));
      const rss = (runs) => Math.max(...runs.map((x) => x.rssMB)).toFixed(0);
      log(`${j.name.padEnd(11)} ${String(j.forms).padStart(6)}  ${j.csvMB.toFixed(1).padStart(5)} MB  ${j.xlsxMB.toFixed(1).padStart(5)} MB  ${fmt(c).padStart(8)}  ${fmt(x).padStart(8)}  ${fmt(x - c).padStart(8)}  ${(x / c).toFixed(2).padStart(7)}×  ${rss(j.csvRuns)} / ${rss(j.xlsxRuns)} MB`);
    }
    return jobs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--rounds');
  benchWorkbooks({ rounds: i > 0 ? Number(process.argv[i + 1]) : 0 });
}
